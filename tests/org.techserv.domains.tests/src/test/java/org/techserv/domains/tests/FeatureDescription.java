package org.techserv.domains.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/** What a {@code feature.xml} requires and includes. */
record FeatureDescription(Path file, String id, List<String> requiredFeatures, List<String> requiredPlugins,
		List<String> includedFeatures, List<String> includedPlugins) {

	static FeatureDescription read(Path file) throws IOException {
		Element feature;
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
			feature = factory.newDocumentBuilder().parse(file.toFile()).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(file + " is not a readable feature.xml: " + e.getMessage(), e);
		}
		List<String> requiredFeatures = new ArrayList<>();
		List<String> requiredPlugins = new ArrayList<>();
		for (Element requires : children(feature, "requires")) {
			for (Element imported : children(requires, "import")) {
				if (imported.hasAttribute("feature")) {
					requiredFeatures.add(imported.getAttribute("feature"));
				} else {
					requiredPlugins.add(imported.getAttribute("plugin"));
				}
			}
		}
		return new FeatureDescription(file, feature.getAttribute("id"), requiredFeatures, requiredPlugins,
				ids(feature, "includes"), ids(feature, "plugin"));
	}

	private static List<String> ids(Element parent, String tag) {
		return children(parent, tag).stream().map(e -> e.getAttribute("id")).toList();
	}

	private static List<Element> children(Element parent, String tag) {
		List<Element> children = new ArrayList<>();
		NodeList nodes = parent.getChildNodes();
		for (int i = 0; i < nodes.getLength(); i++) {
			if (nodes.item(i) instanceof Element e && e.getTagName().equals(tag)) {
				children.add(e);
			}
		}
		return children;
	}
}

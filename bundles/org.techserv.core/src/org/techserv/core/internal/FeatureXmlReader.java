package org.techserv.core.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.techserv.core.InstalledFeature;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an unpacked feature folder ({@code features/ID_VERSION/feature.xml}), resolving {@code %key} labels from
 * its {@code feature.properties} as PDE does.
 */
public final class FeatureXmlReader {

	private FeatureXmlReader() {
	}

	/** Reads the feature in {@code folder}; throws {@link IOException} naming the file when it is malformed. */
	public static InstalledFeature read(Path folder) throws IOException {
		Path xml = folder.resolve("feature.xml"); //$NON-NLS-1$
		Element root;
		try (InputStream in = Files.newInputStream(xml)) {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true); //$NON-NLS-1$
			root = factory.newDocumentBuilder().parse(in).getDocumentElement();
		} catch (ParserConfigurationException | SAXException e) {
			throw new IOException(xml + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
		Properties texts = new Properties();
		Path properties = folder.resolve("feature.properties"); //$NON-NLS-1$
		if (Files.isRegularFile(properties)) {
			try (InputStream in = Files.newInputStream(properties)) {
				texts.load(in);
			}
		}
		List<String> plugins = new ArrayList<>();
		NodeList nodes = root.getElementsByTagName("plugin"); //$NON-NLS-1$
		for (int i = 0; i < nodes.getLength(); i++) {
			plugins.add(((Element) nodes.item(i)).getAttribute("id")); //$NON-NLS-1$
		}
		String id = root.getAttribute("id"); //$NON-NLS-1$
		String label = translate(root.getAttribute("label"), texts); //$NON-NLS-1$
		return new InstalledFeature(id, label.isEmpty() ? id : label, root.getAttribute("version"), //$NON-NLS-1$
				translate(root.getAttribute("provider-name"), texts), plugins); //$NON-NLS-1$
	}

	private static String translate(String value, Properties texts) {
		if (value.startsWith("%")) { //$NON-NLS-1$
			return texts.getProperty(value.substring(1), value);
		}
		return value;
	}
}

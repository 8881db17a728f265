package org.techserv.releng.emfcodegen;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.GeneratorAdapterFactory;
import org.eclipse.emf.codegen.ecore.genmodel.GenModelPackage;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenModelGeneratorAdapterFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EcorePackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.xmi.impl.EcoreResourceFactoryImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;

/**
 * What the Eclipse workspace and plug-in registry provide inside the IDE, set up by hand: resource factories,
 * the generator adapters, and {@code platform:/resource/<bundle>/} and {@code platform:/plugin/<bsn>/} URIs mapped
 * to the bundle folders and to the jars on the class path.
 */
final class Workspace {

	private final Map<String, Path> projects;

	private Workspace(Map<String, Path> projects) {
		this.projects = projects;
	}

	static Workspace of(Path bundles) throws IOException {
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("ecore", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("genmodel", new EcoreResourceFactoryImpl());
		Resource.Factory.Registry.INSTANCE.getExtensionToFactoryMap().put("xmi", new XMIResourceFactoryImpl());
		EPackage.Registry.INSTANCE.put(EcorePackage.eNS_URI, EcorePackage.eINSTANCE);
		EPackage.Registry.INSTANCE.put(GenModelPackage.eNS_URI, GenModelPackage.eINSTANCE);
		GeneratorAdapterFactory.Descriptor.Registry.INSTANCE.addDescriptor(GenModelPackage.eNS_URI,
				GenModelGeneratorAdapterFactory.DESCRIPTOR);

		Map<URI, URI> uriMap = URIConverter.URI_MAP;
		mapPluginJars(uriMap);
		Map<String, Path> projects = new LinkedHashMap<>();
		try (Stream<Path> children = Files.list(bundles)) {
			children.filter(Files::isDirectory).sorted().forEach(dir -> projects.put(dir.getFileName().toString(), dir));
		}
		// As in the IDE, a workspace project wins over a plug-in of the same name.
		projects.forEach((name, dir) -> {
			URI folder = URI.createFileURI(dir + File.separator);
			uriMap.put(URI.createPlatformResourceURI(name + "/", false), folder);
			uriMap.put(URI.createPlatformPluginURI(name + "/", false), folder);
		});
		return new Workspace(projects);
	}

	/** The folder of a workspace project (bundle), or null. */
	Path project(String name) {
		return projects.get(name);
	}

	/** {@code platform:/resource/<project>/<path>} for a file in a bundle folder. */
	URI toPlatformUri(Path file) {
		for (Map.Entry<String, Path> project : projects.entrySet()) {
			if (file.startsWith(project.getValue())) {
				String relative = project.getValue().relativize(file).toString().replace(File.separatorChar, '/');
				return URI.createPlatformResourceURI(project.getKey() + "/" + relative, true);
			}
		}
		return URI.createFileURI(file.toString());
	}

	/** platform:/plugin/BSN/ -> the jar on the class path (for Ecore.genmodel and friends). */
	private static void mapPluginJars(Map<URI, URI> uriMap) throws IOException {
		Enumeration<URL> manifests = Workspace.class.getClassLoader().getResources("META-INF/MANIFEST.MF");
		while (manifests.hasMoreElements()) {
			URL url = manifests.nextElement();
			try (InputStream in = url.openStream()) {
				String bsn = new Manifest(in).getMainAttributes().getValue("Bundle-SymbolicName");
				if (bsn != null) {
					String base = url.toString().substring(0, url.toString().length() - "META-INF/MANIFEST.MF".length());
					uriMap.putIfAbsent(URI.createPlatformPluginURI(bsn.split(";")[0].trim() + "/", false),
							URI.createURI(base));
				}
			}
		}
	}
}

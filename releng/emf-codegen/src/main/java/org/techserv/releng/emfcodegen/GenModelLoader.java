package org.techserv.releng.emfcodegen;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * Loads a genmodel with everything it references and refuses it when anything failed to load or resolve: a
 * genmodel pointing at a missing .ecore otherwise generates almost nothing and reports success.
 */
final class GenModelLoader {

	record Result(GenModel genModel, List<String> problems) {
	}

	private GenModelLoader() {
	}

	static Result load(Workspace workspace, Path file) {
		ResourceSet resources = new ResourceSetImpl();
		TreeSet<String> problems = new TreeSet<>();
		Resource resource;
		try {
			resource = resources.getResource(workspace.toPlatformUri(file), true);
		} catch (RuntimeException e) {
			return new Result(null, List.of("cannot load: " + e.getMessage()));
		}
		EcoreUtil.resolveAll(resources);
		for (Resource r : resources.getResources()) {
			r.getErrors().forEach(e -> problems.add(r.getURI() + ": " + e.getMessage()));
		}
		EcoreUtil.UnresolvedProxyCrossReferencer.find(resources).keySet()
				.forEach(proxy -> problems.add("unresolved reference " + EcoreUtil.getURI(proxy)));
		if (!problems.isEmpty() || resource.getContents().isEmpty()
				|| !(resource.getContents().get(0) instanceof GenModel genModel)) {
			if (problems.isEmpty()) {
				problems.add("not a genmodel");
			}
			return new Result(null, List.copyOf(problems));
		}
		genModel.reconcile();
		genModel.setCanGenerate(true);
		return new Result(genModel, List.of());
	}
}

package org.techserv.releng.emfcodegen;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.ecore.genmodel.generator.GenBaseGeneratorAdapter;
import org.eclipse.emf.common.util.BasicMonitor;
import org.eclipse.emf.common.util.Diagnostic;

/**
 * Regenerates the EMF model and edit code of every {@code bundles/*}{@code /model/*.genmodel}, headless, as
 * "Generate Model Code" and "Generate Edit Code" would in the IDE. The genmodel is the source of truth; the
 * {@code src-gen/} folders it writes are committed, and CI checks they match (releng/scripts/check-generated).
 * <p>
 * Usage: {@code GenerateModels BUNDLES_FOLDER}. Exits 1 on any load, validation or generation error.
 */
public final class GenerateModels {

	private GenerateModels() {
	}

	public static void main(String[] args) throws Exception {
		if (args.length != 1) {
			System.err.println("usage: GenerateModels BUNDLES_FOLDER");
			System.exit(2);
		}
		Path bundles = Path.of(args[0]).toAbsolutePath().normalize();
		// Output must not depend on the machine generating it.
		System.setProperty("line.separator", "\n");
		Workspace workspace = Workspace.of(bundles);

		int errors = 0;
		for (Path file : genModels(bundles)) {
			long start = System.nanoTime();
			GenModelLoader.Result loaded = GenModelLoader.load(workspace, file);
			if (!loaded.problems().isEmpty()) {
				loaded.problems().forEach(p -> System.out.println("[emf-codegen] ERROR " + file + ": " + p));
				errors++;
				continue;
			}
			GenModel genModel = loaded.genModel();
			Diagnostic validation = genModel.diagnose();
			errors += Reports.print("validate " + file.getFileName(), validation);
			if (validation.getSeverity() == Diagnostic.ERROR) {
				continue;
			}
			Generator generator = FormattingGenerator.forModel(genModel, workspace);
			generator.setInput(genModel);
			errors += Reports.print("model " + file.getFileName(),
					generator.generate(genModel, GenBaseGeneratorAdapter.MODEL_PROJECT_TYPE, new BasicMonitor()));
			if (genModel.getEditDirectory() != null && !genModel.getEditDirectory().isBlank()) {
				errors += Reports.print("edit " + file.getFileName(),
						generator.generate(genModel, GenBaseGeneratorAdapter.EDIT_PROJECT_TYPE, new BasicMonitor()));
			}
			System.out.printf("[emf-codegen] %s: %d ms%n", bundles.relativize(file), (System.nanoTime() - start) / 1_000_000);
		}
		if (errors > 0) {
			System.exit(1);
		}
	}

	private static List<Path> genModels(Path bundles) throws IOException {
		try (Stream<Path> files = Files.walk(bundles, 3)) {
			return files.filter(f -> f.toString().endsWith(".genmodel"))
					.filter(f -> f.getParent().getFileName().toString().equals("model")).sorted().toList();
		}
	}
}

package org.techserv.releng.emfcodegen;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

import org.eclipse.emf.codegen.ecore.generator.Generator;
import org.eclipse.emf.codegen.ecore.genmodel.GenModel;
import org.eclipse.emf.codegen.merge.java.JControlModel;
import org.eclipse.emf.common.util.URI;

/**
 * A generator that indents and places braces as the model bundle's JDT settings say. Inside the IDE EMF reads
 * them from the project; headless it would fall back to JDT defaults, and {@code JavaCore.setOptions()} fails
 * without OSGi, so the settings are applied to the merge control model here.
 */
final class FormattingGenerator {

	private FormattingGenerator() {
	}

	static Generator forModel(GenModel genModel, Workspace workspace) throws IOException {
		String project = URI.createURI(genModel.getModelDirectory()).segment(0);
		Path folder = workspace.project(project);
		Path prefs = folder == null ? null : folder.resolve(".settings/org.eclipse.jdt.core.prefs");
		if (prefs == null || !Files.isRegularFile(prefs) || genModel.isCodeFormatting()) {
			return new Generator();
		}
		Properties settings = new Properties();
		try (InputStream in = Files.newInputStream(prefs)) {
			settings.load(in);
		}
		boolean tabs = "tab".equals(settings.getProperty("org.eclipse.jdt.core.formatter.tabulation.char", "tab"));
		int size = Integer.parseInt(settings.getProperty("org.eclipse.jdt.core.formatter.tabulation.size", "4"));
		boolean endOfLine = "end_of_line".equals(
				settings.getProperty("org.eclipse.jdt.core.formatter.brace_position_for_type_declaration", "end_of_line"));
		String indent = tabs ? "\t" : " ".repeat(size);
		return new Generator() {
			@Override
			public JControlModel getJControlModel() {
				JControlModel control = super.getJControlModel();
				control.setLeadingTabReplacement(indent);
				control.setConvertToStandardBraceStyle(endOfLine);
				return control;
			}
		};
	}
}

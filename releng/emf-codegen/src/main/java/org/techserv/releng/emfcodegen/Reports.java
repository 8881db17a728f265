package org.techserv.releng.emfcodegen;

import org.eclipse.emf.common.util.Diagnostic;

/** Prints EMF diagnostics as build output and counts errors. */
final class Reports {

	private Reports() {
	}

	/** Prints {@code diagnostic} unless it is OK; returns 1 for an error, else 0. */
	static int print(String what, Diagnostic diagnostic) {
		if (diagnostic.getSeverity() != Diagnostic.OK) {
			print(what, diagnostic, "");
		}
		return diagnostic.getSeverity() == Diagnostic.ERROR ? 1 : 0;
	}

	private static void print(String what, Diagnostic d, String indent) {
		String severity = switch (d.getSeverity()) {
		case Diagnostic.ERROR -> "ERROR";
		case Diagnostic.WARNING -> "WARNING";
		case Diagnostic.INFO -> "INFO";
		case Diagnostic.CANCEL -> "CANCEL";
		default -> "OK";
		};
		System.out.println("[emf-codegen] " + indent + severity + " " + (indent.isEmpty() ? what + ": " : "")
				+ d.getMessage());
		if (d.getException() != null && d.getSeverity() == Diagnostic.ERROR) {
			d.getException().printStackTrace(System.out);
		}
		for (Diagnostic child : d.getChildren()) {
			print(what, child, indent + "  ");
		}
	}
}

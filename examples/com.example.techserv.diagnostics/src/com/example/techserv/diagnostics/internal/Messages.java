package com.example.techserv.diagnostics.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of the load-bank view. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "com.example.techserv.diagnostics.internal.messages"; //$NON-NLS-1$

	public static String ratedKva;
	public static String powerFactor;
	public static String lineVoltage;
	public static String setting;
	public static String badInput;
	public static String step;
	public static String between;
	public static String atLeast;
	public static String atMost;
	public static String procedureMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

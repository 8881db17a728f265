package org.techserv.library.labels.internal;

import org.eclipse.osgi.util.NLS;

/** Texts of library labels, in the workbench's language; translations sit next to messages.properties. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "org.techserv.library.labels.internal.messages"; //$NON-NLS-1$

	public static String schemeLc;
	public static String schemeDdc;
	public static String schemeOther;
	public static String symbologyCode128;
	public static String symbologyCodabar;
	public static String sheetAddressLetter3x10;
	public static String sheetBarcodeA43x8;
	public static String sheetSpineA45x13;
	public static String sheetUnnamed;
	public static String spineDocumentTitle;
	public static String barcodeDocumentTitle;
	public static String writingLabels;
	public static String negativeLineLength;
	public static String callNumberBlank;
	public static String barcodeEmpty;
	public static String code128NoSuchSymbol;
	public static String code128BadCharacter;
	public static String codabarBadStartStop;
	public static String codabarStartStopInside;
	public static String codabarBadCharacter;
	public static String codabarNoSuchCharacter;
	public static String sheetNoLabels;
	public static String sheetLabelSize;
	public static String sheetNegativeSpacing;
	public static String sheetTooWide;
	public static String sheetTooTall;
	public static String positionOffSheet;
	public static String negativeCount;
	public static String noLabels;
	public static String labelNumber;
	public static String labelNumberNamed;
	public static String labelNoCallNumber;
	public static String labelNoBarcode;
	public static String labelBadBarcode;
	public static String labelTooLow;
	public static String barcodeTooLong;
	public static String labelsRefused;
	public static String folderMissing;
	public static String fontMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}

package org.techserv.library.labels;

/** The paper label sheets come on. */
public enum PageSize {

	A4(210, 297),
	/** US Letter, 8.5 × 11 inches. */
	LETTER(215.9, 279.4);

	private final double width;
	private final double height;

	PageSize(double width, double height) {
		this.width = width;
		this.height = height;
	}

	/** Width in millimetres. */
	public double width() {
		return width;
	}

	/** Height in millimetres. */
	public double height() {
		return height;
	}
}

package org.techserv.equipment.report.internal;

/** Font, size and colour (RGB, 0 to 1) of a piece of text. */
public record TextStyle(ReportFont font, float size, float red, float green, float blue) {

	public TextStyle(ReportFont font, float size) {
		this(font, size, 0f, 0f, 0f);
	}

	/** The distance from one baseline to the next. */
	public float leading() {
		return size * 1.3f;
	}

	public TextStyle coloured(float r, float g, float b) {
		return new TextStyle(font, size, r, g, b);
	}

	public TextStyle withFont(ReportFont other) {
		return new TextStyle(other, size, red, green, blue);
	}
}

package org.techserv.library.labels.barcode;

import java.util.Optional;

import org.techserv.library.labels.internal.Messages;

/** The barcode symbologies library labels are printed in. */
public enum Symbology {

	/** Code 128 (code sets B and C): printable ASCII, digits packed two to a symbol. */
	CODE_128(Messages.symbologyCode128),
	/** Codabar (rationalised, wide = 3 narrow): digits and - $ : / . +, start/stop A-D; many libraries' labels. */
	CODABAR(Messages.symbologyCodabar);

	private final String displayName;

	Symbology(String displayName) {
		this.displayName = displayName;
	}

	/** The symbology's name for the user. */
	public String displayName() {
		return displayName;
	}

	/**
	 * The bars that say data.
	 *
	 * @throws IllegalArgumentException naming the value and the character when the symbology cannot say it
	 */
	public BarPattern encode(String data) {
		return switch (this) {
		case CODE_128 -> Code128.encode(data);
		case CODABAR -> Codabar.encode(data);
		};
	}

	/** Why data cannot be encoded, for the user; empty when it can. */
	public Optional<String> problem(String data) {
		try {
			encode(data);
			return Optional.empty();
		} catch (IllegalArgumentException e) {
			return Optional.of(e.getMessage());
		}
	}
}

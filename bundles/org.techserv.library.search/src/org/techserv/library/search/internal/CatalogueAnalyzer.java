package org.techserv.library.search.internal;

import java.text.Normalizer;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * Words as the catalogue is searched: Unicode word boundaries, lower case, accents and ligatures folded to ASCII
 * ("Aïda" and "aida" are one word, "Œuvres" is "oeuvres"). MARC 21 records often carry accents as separate
 * combining marks; the text is composed first so that folding sees "ï", not "i" and a stray diaeresis.
 */
public final class CatalogueAnalyzer extends Analyzer {

	@Override
	protected TokenStreamComponents createComponents(String fieldName) {
		StandardTokenizer tokenizer = new StandardTokenizer();
		TokenStream words = new ASCIIFoldingFilter(new LowerCaseFilter(tokenizer));
		return new TokenStreamComponents(tokenizer, words);
	}

	@Override
	protected TokenStream normalize(String fieldName, TokenStream in) {
		return new ASCIIFoldingFilter(new LowerCaseFilter(in));
	}

	/** NFC, so that folding and the tokenizer see whole letters. */
	public static String compose(String text) {
		return text == null || belowCombiningMarks(text) || Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
				: Normalizer.normalize(text, Normalizer.Form.NFC);
	}

	/** Text of Latin letters only (below U+0300, where combining marks start) is composed already: most text. */
	private static boolean belowCombiningMarks(String text) {
		for (int i = 0; i < text.length(); i++) {
			if (text.charAt(i) >= '\u0300') {
				return false;
			}
		}
		return true;
	}
}

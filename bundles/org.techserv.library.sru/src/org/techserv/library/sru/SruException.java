package org.techserv.library.sru;

/**
 * A search that got no SRU answer: the message names the target and what went wrong, fit to show the user.
 * (Diagnostics the server sends in an SRU answer are not exceptions: see {@link SruResult#diagnostics()}.)
 */
public final class SruException extends Exception {

	private static final long serialVersionUID = 1L;

	/** What went wrong. */
	public enum Kind {
		/** No complete answer within the target's timeout. */
		TIMEOUT,
		/** The server could not be reached: unknown host, connection refused, connection broken. */
		UNREACHABLE,
		/** The server answered with an HTTP error status. */
		HTTP_STATUS,
		/** The answer is not an SRU searchRetrieve response (a web page, another kind of XML, not XML). */
		NOT_SRU,
		/** The SRU answer is broken XML, or larger than the client accepts. */
		BROKEN_RESPONSE
	}

	private final Kind kind;
	private final SruTarget target;
	private final int status;

	public SruException(Kind kind, SruTarget target, int status, String message, Throwable cause) {
		super(message, cause);
		this.kind = kind;
		this.target = target;
		this.status = status;
	}

	public Kind kind() {
		return kind;
	}

	public SruTarget target() {
		return target;
	}

	/** The HTTP status for {@link Kind#HTTP_STATUS}, else 0. */
	public int status() {
		return status;
	}
}

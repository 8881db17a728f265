package org.techserv.test.swt;

/** No widget matched; the message names the query, where it looked and what was there. */
public class WidgetNotFoundException extends AssertionError {

	private static final long serialVersionUID = 1L;

	public WidgetNotFoundException(String message) {
		super(message);
	}
}

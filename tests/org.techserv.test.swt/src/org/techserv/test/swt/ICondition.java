package org.techserv.test.swt;

/** Something a test waits for, as in SWTBot: polled until true or until the timeout, then reported. */
public interface ICondition {

	/** Whether the condition holds now; called repeatedly, on the test thread. */
	boolean test() throws Exception;

	/** What was expected, for the timeout message. */
	String getFailureMessage();
}

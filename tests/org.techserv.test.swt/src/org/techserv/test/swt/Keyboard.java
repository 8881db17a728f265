package org.techserv.test.swt;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;

/**
 * Types real key strokes through {@link org.eclipse.swt.widgets.Display#post(Event)} (GDK key events on GTK),
 * so key bindings, traversal and verify listeners see what a user's keyboard would send. The focused control
 * gets them.
 * Assumes a US layout, as Xvfb has.
 */
public final class Keyboard {

	/** Pause between key events, as SWTBot's type interval: gives the UI thread time to take each one. */
	private static final long KEY_INTERVAL_MS = 15;

	private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?"; //$NON-NLS-1$
	private static final String UNSHIFTED = "`1234567890-=[]\\;',./"; //$NON-NLS-1$

	private Keyboard() {
	}

	/** Presses a key with modifiers, e.g. {@code pressShortcut(SWT.MOD1, '3')} or {@code (SWT.NONE, SWT.F5)}. */
	public static void pressShortcut(int modifiers, int key) {
		int[] modifierKeys = { SWT.CTRL, SWT.SHIFT, SWT.ALT, SWT.COMMAND };
		for (int m : modifierKeys) {
			if ((modifiers & m) != 0) {
				post(SWT.KeyDown, m, '\0');
			}
		}
		// GTK's post() maps Enter, Tab, Escape, Backspace and Delete only from the key code, not the character.
		if (key > 0xFFFF || (key & SWT.KEYCODE_BIT) != 0 || key < 0x20 || key == SWT.DEL) {
			post(SWT.KeyDown, key, '\0');
			post(SWT.KeyUp, key, '\0');
		} else {
			post(SWT.KeyDown, 0, (char) key);
			post(SWT.KeyUp, 0, (char) key);
		}
		for (int i = modifierKeys.length - 1; i >= 0; i--) {
			if ((modifiers & modifierKeys[i]) != 0) {
				post(SWT.KeyUp, modifierKeys[i], '\0');
			}
		}
		UIThread.flush();
	}

	/** Types {@code text} one character at a time; {@code \n} is Enter, {@code \t} is Tab. */
	public static void typeText(String text) {
		for (char c : text.toCharArray()) {
			typeChar(c);
		}
		UIThread.flush();
	}

	private static void typeChar(char c) {
		if (c == '\n' || c == '\t') {
			pressShortcut(SWT.NONE, c == '\n' ? SWT.CR : SWT.TAB);
			return;
		}
		boolean shift = Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0;
		char base = Character.isUpperCase(c) ? Character.toLowerCase(c)
				: SHIFTED.indexOf(c) >= 0 ? UNSHIFTED.charAt(SHIFTED.indexOf(c)) : c;
		if (shift) {
			post(SWT.KeyDown, SWT.SHIFT, '\0');
		}
		post(SWT.KeyDown, 0, base);
		post(SWT.KeyUp, 0, base);
		if (shift) {
			post(SWT.KeyUp, SWT.SHIFT, '\0');
		}
	}

	private static void post(int type, int keyCode, char character) {
		Event event = new Event();
		event.type = type;
		event.keyCode = keyCode;
		event.character = character;
		// On GTK, post() puts a GDK event on the queue; GTK must only be touched from the UI thread.
		if (!UIThread.syncExec(() -> UIThread.display().post(event))) {
			throw new IllegalStateException("the display refused a key event (no focused window?)"); //$NON-NLS-1$
		}
		try {
			Thread.sleep(KEY_INTERVAL_MS);
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}

package org.techserv.test.swt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;

/** Saves what the screen shows as a PNG, for failed tests and for docs/. */
public final class Screenshots {

	/** Where failure screenshots go: {@code target/screenshots} of the test bundle. */
	public static final Path DIRECTORY = Path.of(System.getProperty("techserv.screenshots", "target/screenshots")); //$NON-NLS-1$ //$NON-NLS-2$

	private Screenshots() {
	}

	/** Captures the whole display into {@code file} (parent folders created) and returns the file. */
	public static Path capture(Path file) {
		try {
			Files.createDirectories(file.toAbsolutePath().getParent());
		} catch (IOException e) {
			throw new IllegalStateException("cannot create " + file.getParent(), e); //$NON-NLS-1$
		}
		UIThread.syncExec(() -> {
			Display display = UIThread.display();
			Rectangle bounds = display.getBounds();
			Image image = new Image(display, bounds.width, bounds.height);
			GC gc = new GC(display);
			try {
				gc.copyArea(image, 0, 0);
				ImageLoader loader = new ImageLoader();
				loader.data = new ImageData[] { image.getImageData() };
				loader.save(file.toString(), SWT.IMAGE_PNG);
			} finally {
				gc.dispose();
				image.dispose();
			}
		});
		return file;
	}

	/** Captures into {@link #DIRECTORY}/{@code name}.png. */
	public static Path capture(String name) {
		return capture(DIRECTORY.resolve(name.replaceAll("[^A-Za-z0-9._-]", "_") + ".png")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}

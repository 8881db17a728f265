package org.techserv.ui.emf;

import java.net.URL;

import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceManager;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Control;

/**
 * Turns the images item providers return (URLs of their icons) into SWT images, created once per control and
 * disposed with it.
 */
final class ItemImages {

	private final ResourceManager resources;

	ItemImages(Control owner) {
		resources = new LocalResourceManager(JFaceResources.getResources(), owner);
	}

	Image of(Object image) {
		if (image instanceof URL url) {
			return resources.create(ImageDescriptor.createFromURL(url));
		}
		if (image instanceof ImageDescriptor descriptor) {
			return resources.create(descriptor);
		}
		if (image instanceof org.eclipse.emf.edit.provider.ComposedImage composed && !composed.getImages().isEmpty()) {
			return of(composed.getImages().get(0)); // the base image; overlays are decoration only
		}
		return null;
	}
}

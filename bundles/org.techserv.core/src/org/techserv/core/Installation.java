package org.techserv.core;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;

/** What is installed: the product and its version, and the features, for About and {@code techserv version}. */
public final class Installation {

	private Installation() {
	}

	/** The running product's name, or the given fallback when no product is defined (tests, headless tools). */
	public static String productName(String fallback) {
		IProduct product = Platform.getProduct();
		return product == null || product.getName() == null ? fallback : product.getName();
	}

	/** The version of the bundle that defines the running product, e.g. {@code 0.1.0.202611281200}. */
	public static String productVersion() {
		IProduct product = Platform.getProduct();
		if (product == null || product.getDefiningBundle() == null) {
			return Platform.getBundle("org.techserv.core").getVersion().toString(); //$NON-NLS-1$
		}
		return product.getDefiningBundle().getVersion().toString();
	}

	/** All bundle groups (features) that the registered providers report, sorted by name. */
	public static List<IBundleGroup> features() {
		List<IBundleGroup> groups = new ArrayList<>();
		for (IBundleGroupProvider provider : Platform.getBundleGroupProviders()) {
			for (IBundleGroup group : provider.getBundleGroups()) {
				groups.add(group);
			}
		}
		groups.sort(Comparator.comparing(IBundleGroup::getName, String.CASE_INSENSITIVE_ORDER)
				.thenComparing(IBundleGroup::getIdentifier));
		return groups;
	}
}

package org.techserv.core.internal;

import java.util.Arrays;
import java.util.Objects;

import org.eclipse.core.runtime.IBundleGroup;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.techserv.core.InstalledFeature;

/** An installed feature seen through the platform's {@link IBundleGroup} interface (About dialog). */
final class FeatureBundleGroup implements IBundleGroup {

	private final InstalledFeature feature;
	private final BundleContext context;

	FeatureBundleGroup(InstalledFeature feature, BundleContext context) {
		this.feature = feature;
		this.context = context;
	}

	@Override
	public String getIdentifier() {
		return feature.id();
	}

	@Override
	public String getName() {
		return feature.name();
	}

	@Override
	public String getVersion() {
		return feature.version();
	}

	@Override
	public String getDescription() {
		return ""; //$NON-NLS-1$
	}

	@Override
	public String getProviderName() {
		return feature.provider();
	}

	@Override
	public Bundle[] getBundles() {
		return Arrays.stream(context.getBundles()).filter(b -> feature.plugins().contains(b.getSymbolicName()))
				.toArray(Bundle[]::new);
	}

	@Override
	public String getProperty(String key) {
		return null;
	}

	@Override
	public boolean equals(Object obj) {
		return obj instanceof FeatureBundleGroup other && Objects.equals(feature, other.feature);
	}

	@Override
	public int hashCode() {
		return feature.hashCode();
	}
}

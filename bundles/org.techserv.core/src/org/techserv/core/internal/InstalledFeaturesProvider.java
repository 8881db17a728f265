package org.techserv.core.internal;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.IBundleGroupProvider;
import org.eclipse.core.runtime.ILog;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.techserv.core.InstalledFeature;
import org.techserv.core.Locations;

/**
 * Reports the features p2 unpacked into the installation's {@code features/} folder. This is the information
 * the About dialog shows; it is read fresh on each call so that features added or removed with p2 show at once.
 */
@Component(service = IBundleGroupProvider.class)
public final class InstalledFeaturesProvider implements IBundleGroupProvider {

	private final Location installLocation;
	private final BundleContext context;

	@Activate
	public InstalledFeaturesProvider(@Reference(target = "(type=osgi.install.area)") Location installLocation,
			BundleContext context) {
		this.installLocation = installLocation;
		this.context = context;
	}

	@Override
	public String getName() {
		return "Techserv installation"; //$NON-NLS-1$
	}

	@Override
	public IBundleGroup[] getBundleGroups() {
		List<IBundleGroup> groups = new ArrayList<>();
		for (InstalledFeature feature : readFeatures()) {
			groups.add(new FeatureBundleGroup(feature, context));
		}
		return groups.toArray(IBundleGroup[]::new);
	}

	/** The features of the installation; a malformed feature is logged and left out. */
	public List<InstalledFeature> readFeatures() {
		List<InstalledFeature> features = new ArrayList<>();
		Path folder = featuresFolder();
		if (folder == null || !Files.isDirectory(folder)) {
			return features;
		}
		try (DirectoryStream<Path> children = Files.newDirectoryStream(folder, Files::isDirectory)) {
			for (Path child : children) {
				if (Files.isRegularFile(child.resolve("feature.xml"))) { //$NON-NLS-1$
					try {
						features.add(FeatureXmlReader.read(child));
					} catch (IOException e) {
						ILog.of(getClass()).warn(e.getMessage(), e);
					}
				}
			}
		} catch (IOException e) {
			ILog.of(getClass()).warn(folder + ": " + e.getMessage(), e); //$NON-NLS-1$
		}
		return features;
	}

	private Path featuresFolder() {
		return Locations.toPath(installLocation).map(p -> p.resolve("features")).orElse(null); //$NON-NLS-1$
	}
}

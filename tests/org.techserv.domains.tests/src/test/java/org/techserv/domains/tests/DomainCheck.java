package org.techserv.domains.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Checks that the domains of a source tree stay independent of each other. A domain is a feature
 * {@code features/org.techserv.<domain>.feature} other than the platform; its bundles are
 * {@code org.techserv.<domain>} and {@code org.techserv.<domain>.*}.
 * <ul>
 * <li>No bundle under {@code bundles/} or {@code tests/} names a bundle or package of another domain in
 * Require-Bundle, Import-Package, DynamicImport-Package or Fragment-Host; a platform bundle names none of any
 * domain.</li>
 * <li>A domain feature requires the platform feature and nothing else, and includes only its own domain's
 * bundles and third-party ones (nothing else of {@code org.techserv.}, no other feature of ours).</li>
 * </ul>
 */
final class DomainCheck {

	static final String PREFIX = "org.techserv.";
	static final String PLATFORM = "platform";
	static final String PLATFORM_FEATURE = PREFIX + PLATFORM + ".feature";
	private static final List<String> DEPENDENCY_HEADERS = List.of("Require-Bundle", "Import-Package",
			"DynamicImport-Package", "Fragment-Host");

	/** What was checked, so that a test can tell that the check saw the tree at all. */
	record Result(List<String> domains, int bundlesChecked, int featuresChecked, List<String> violations) {
	}

	private DomainCheck() {
	}

	static Result check(Path sourceRoot) throws IOException {
		List<Path> featureFiles = children(sourceRoot.resolve("features"), "feature.xml");
		List<FeatureDescription> features = new ArrayList<>();
		for (Path file : featureFiles) {
			features.add(FeatureDescription.read(file));
		}
		List<String> domains = features.stream().map(f -> domainOfFeature(f.id())).flatMap(Optional::stream)
				.sorted().toList();
		List<String> violations = new ArrayList<>();

		List<Path> manifests = new ArrayList<>(children(sourceRoot.resolve("bundles"), "META-INF/MANIFEST.MF"));
		Path tests = sourceRoot.resolve("tests");
		if (Files.isDirectory(tests)) {
			manifests.addAll(children(tests, "META-INF/MANIFEST.MF"));
		}
		for (Path file : manifests) {
			checkBundle(ManifestHeaders.read(file), domains, violations);
		}
		for (FeatureDescription feature : features) {
			Optional<String> domain = domainOfFeature(feature.id());
			if (domain.isPresent()) {
				checkFeature(feature, domain.get(), domains, violations);
			}
		}
		return new Result(domains, manifests.size(), features.size(), violations);
	}

	private static void checkBundle(ManifestHeaders manifest, List<String> domains, List<String> violations) {
		String bundle = manifest.symbolicName();
		if (!bundle.startsWith(PREFIX)) {
			return; // third-party samples and wrappers are not ours to place in a domain
		}
		Optional<String> domain = domainOf(bundle, domains);
		String owner = domain.map(d -> d + " domain").orElse(PLATFORM);
		for (String header : DEPENDENCY_HEADERS) {
			for (String dependency : manifest.names(header)) {
				Optional<String> other = domainOf(dependency, domains);
				if (other.isPresent() && !other.equals(domain)) {
					violations.add("bundle " + bundle + " (" + owner + ") names " + dependency + " of the "
							+ other.get() + " domain in " + header + " (" + manifest.file() + ")");
				}
			}
		}
	}

	private static void checkFeature(FeatureDescription feature, String domain, List<String> domains,
			List<String> violations) {
		String id = feature.id();
		for (String required : feature.requiredFeatures()) {
			if (!required.equals(PLATFORM_FEATURE)) {
				violations.add("feature " + id + " requires feature " + required + "; a domain feature requires "
						+ PLATFORM_FEATURE + " only (" + feature.file() + ")");
			}
		}
		for (String required : feature.requiredPlugins()) {
			violations.add("feature " + id + " requires plug-in " + required + "; a domain feature requires "
					+ PLATFORM_FEATURE + " only (" + feature.file() + ")");
		}
		for (String included : feature.includedFeatures()) {
			if (included.startsWith(PREFIX)) {
				violations.add("feature " + id + " includes feature " + included
						+ "; a domain feature includes no other feature of ours (" + feature.file() + ")");
			}
		}
		for (String plugin : feature.includedPlugins()) {
			Optional<String> owner = domainOf(plugin, domains);
			if (owner.isPresent() && !owner.get().equals(domain)) {
				violations.add("feature " + id + " includes plug-in " + plugin + " of the " + owner.get()
						+ " domain (" + feature.file() + ")");
			} else if (owner.isEmpty() && plugin.startsWith(PREFIX)) {
				violations.add("feature " + id + " includes plug-in " + plugin
						+ ", which is not a bundle of the " + domain + " domain; platform bundles come with "
						+ PLATFORM_FEATURE + " (" + feature.file() + ")");
			}
		}
	}

	/** {@code org.techserv.library.feature} gives {@code library}; the platform feature and others give none. */
	static Optional<String> domainOfFeature(String featureId) {
		if (!featureId.startsWith(PREFIX) || !featureId.endsWith(".feature")) {
			return Optional.empty();
		}
		String name = featureId.substring(PREFIX.length(), featureId.length() - ".feature".length());
		return name.isEmpty() || name.contains(".") || name.equals(PLATFORM) ? Optional.empty() : Optional.of(name);
	}

	/** The domain a bundle or package belongs to by its name, if any. */
	static Optional<String> domainOf(String name, List<String> domains) {
		return domains.stream().filter(d -> name.equals(PREFIX + d) || name.startsWith(PREFIX + d + "."))
				.findFirst();
	}

	private static List<Path> children(Path folder, String file) throws IOException {
		if (!Files.isDirectory(folder)) {
			throw new IOException("no folder " + folder + "; is techserv.source.dir the root of the source tree?");
		}
		try (Stream<Path> entries = Files.list(folder)) {
			return entries.map(e -> e.resolve(file)).filter(Files::isRegularFile).sorted().toList();
		}
	}
}

package org.techserv.store.migration;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.Platform;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.techserv.store.StoreException;
import org.techserv.store.StoreException.Reason;
import org.techserv.store.internal.Messages;

/**
 * Reads the schemas contributed to the extension point {@value #EXTENSION_POINT}: each names a module, its
 * order and the folder of its {@code V<n>__<description>.sql} scripts inside the contributing bundle.
 */
public final class MigrationRegistry {

	public static final String EXTENSION_POINT = "org.techserv.store.migrations"; //$NON-NLS-1$

	private MigrationRegistry() {
	}

	/** All contributed schemas of the installation. */
	public static List<MigrationSource> contributed() throws StoreException {
		return read(Platform.getExtensionRegistry());
	}

	public static List<MigrationSource> read(IExtensionRegistry registry) throws StoreException {
		List<MigrationSource> sources = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"schema".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			Bundle bundle = Platform.getBundle(element.getContributor().getName());
			String module = element.getAttribute("module"); //$NON-NLS-1$
			int order = Integer.parseInt(element.getAttribute("order")); //$NON-NLS-1$
			sources.add(new MigrationSource(module, order, scripts(bundle, element.getAttribute("folder")))); //$NON-NLS-1$
		}
		return sources;
	}

	/** The migration scripts in a folder of a bundle. */
	public static List<Migration> scripts(Bundle bundle, String folder) throws StoreException {
		List<Migration> migrations = new ArrayList<>();
		Enumeration<URL> entries = bundle.findEntries(folder, "*.sql", false); //$NON-NLS-1$
		while (entries != null && entries.hasMoreElements()) {
			URL url = entries.nextElement();
			String name = url.getPath().substring(url.getPath().lastIndexOf('/') + 1);
			try (InputStream in = url.openStream()) {
				Migration migration = Migration.of(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
				if (migration == null) {
					throw new StoreException(Reason.MIGRATION_FAILED,
							NLS.bind(Messages.migrationBadName, bundle.getSymbolicName() + '/' + folder + '/' + name),
							null, null);
				}
				migrations.add(migration);
			} catch (IOException e) {
				throw new StoreException(Reason.MIGRATION_FAILED, url + ": " + e.getMessage(), null, e); //$NON-NLS-1$
			}
		}
		return migrations;
	}
}

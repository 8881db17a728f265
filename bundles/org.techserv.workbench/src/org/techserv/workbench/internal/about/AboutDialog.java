package org.techserv.workbench.internal.about;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IBundleGroup;
import org.eclipse.core.runtime.IProduct;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.resource.ResourceLocator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TabFolder;
import org.eclipse.swt.widgets.TabItem;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.techserv.core.Installation;
import org.techserv.workbench.TextClipboard;
import org.techserv.workbench.WorkbenchIds;

/**
 * Help &gt; About: the product, its version, and what is installed (features and plug-ins), with a button that
 * copies it all for a support request.
 */
public final class AboutDialog extends Dialog {

	/** Widget keys for UI tests. */
	public static final String KEY_VERSION = "about.version"; //$NON-NLS-1$
	public static final String KEY_FEATURES = "about.features"; //$NON-NLS-1$
	public static final String KEY_PLUGINS = "about.plugins"; //$NON-NLS-1$

	private static final int COPY_ID = IDialogConstants.CLIENT_ID + 1;

	private final List<IBundleGroup> features = Installation.features();
	private LocalResourceManager resources;

	public AboutDialog(Shell parent) {
		super(parent);
	}

	@Override
	protected boolean isResizable() {
		return true;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(NLS.bind(Messages.aboutTitle, productName()));
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		resources = new LocalResourceManager(JFaceResources.getResources(), parent);
		Composite area = (Composite) super.createDialogArea(parent);
		GridLayoutFactory.swtDefaults().numColumns(2).spacing(16, 8).applyTo(area);

		Label image = new Label(area, SWT.NONE);
		aboutImage().ifPresent(d -> image.setImage(resources.create(d)));
		GridDataFactory.swtDefaults().align(SWT.BEGINNING, SWT.BEGINNING).applyTo(image);

		Composite text = new Composite(area, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(text);
		Label name = new Label(text, SWT.NONE);
		name.setText(productName());
		name.setFont(JFaceResources.getHeaderFont());
		Label version = new Label(text, SWT.NONE);
		version.setText(NLS.bind(Messages.aboutVersion, Installation.productVersion()));
		version.setData(WorkbenchIds.WIDGET_KEY, KEY_VERSION);
		Label about = new Label(text, SWT.WRAP);
		about.setText(aboutText());
		GridDataFactory.fillDefaults().grab(true, false).hint(480, SWT.DEFAULT).applyTo(about);

		TabFolder tabs = new TabFolder(area, SWT.TOP);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, true).hint(640, 300).applyTo(tabs);
		TabItem featuresTab = new TabItem(tabs, SWT.NONE);
		featuresTab.setText(NLS.bind(Messages.aboutFeaturesTab, features.size()));
		featuresTab.setControl(featuresTable(tabs));
		TabItem pluginsTab = new TabItem(tabs, SWT.NONE);
		pluginsTab.setText(Messages.aboutPluginsTab);
		pluginsTab.setControl(pluginsTable(tabs));
		return area;
	}

	private Table featuresTable(Composite parent) {
		Table table = table(parent, KEY_FEATURES, Messages.columnName, Messages.columnVersion, Messages.columnProvider,
				Messages.columnId);
		for (IBundleGroup feature : features) {
			TableItem item = new TableItem(table, SWT.NONE);
			item.setText(new String[] { feature.getName(), feature.getVersion(), feature.getProviderName(),
					feature.getIdentifier() });
		}
		packColumns(table);
		return table;
	}

	private Table pluginsTable(Composite parent) {
		Table table = table(parent, KEY_PLUGINS, Messages.columnName, Messages.columnVersion, Messages.columnId);
		Bundle[] bundles = FrameworkUtil.getBundle(getClass()).getBundleContext().getBundles();
		Arrays.sort(bundles, Comparator.comparing(Bundle::getSymbolicName));
		for (Bundle bundle : bundles) {
			TableItem item = new TableItem(table, SWT.NONE);
			String bundleName = bundle.getHeaders().get(org.osgi.framework.Constants.BUNDLE_NAME);
			item.setText(new String[] { bundleName == null ? bundle.getSymbolicName() : bundleName,
					bundle.getVersion().toString(), bundle.getSymbolicName() });
		}
		packColumns(table);
		return table;
	}

	private static Table table(Composite parent, String key, String... headers) {
		Table table = new Table(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL | SWT.H_SCROLL);
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		table.setData(WorkbenchIds.WIDGET_KEY, key);
		for (String header : headers) {
			new TableColumn(table, SWT.LEFT).setText(header);
		}
		return table;
	}

	private static void packColumns(Table table) {
		for (TableColumn column : table.getColumns()) {
			column.pack();
		}
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, COPY_ID, Messages.aboutCopy, false);
		createButton(parent, IDialogConstants.CLOSE_ID, IDialogConstants.CLOSE_LABEL, true);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == COPY_ID) {
			TextClipboard.copy(getShell().getDisplay(), describe());
		} else {
			close();
		}
	}

	/** The text the Copy button puts on the clipboard: product, version and one line per feature. */
	String describe() {
		StringBuilder text = new StringBuilder();
		text.append(productName()).append(' ').append(Installation.productVersion()).append('\n');
		for (IBundleGroup feature : features) {
			text.append(feature.getName()).append(' ').append(feature.getVersion()).append(" (") //$NON-NLS-1$
					.append(feature.getIdentifier()).append(")\n"); //$NON-NLS-1$
		}
		return text.toString();
	}

	private static String productName() {
		return Installation.productName(Messages.productFallbackName);
	}

	private static String aboutText() {
		IProduct product = Platform.getProduct();
		String text = product == null ? null : product.getProperty("aboutText"); //$NON-NLS-1$
		return text == null ? "" : text; //$NON-NLS-1$
	}

	private static java.util.Optional<ImageDescriptor> aboutImage() {
		IProduct product = Platform.getProduct();
		String path = product == null ? null : product.getProperty("aboutImage"); //$NON-NLS-1$
		if (path == null) {
			return java.util.Optional.empty();
		}
		return ResourceLocator.imageDescriptorFromBundle(product.getDefiningBundle().getSymbolicName(), path);
	}
}

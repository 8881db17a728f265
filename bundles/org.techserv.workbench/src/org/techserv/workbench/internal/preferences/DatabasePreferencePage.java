package org.techserv.workbench.internal.preferences;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;
import org.eclipse.ui.preferences.ScopedPreferenceStore;
import org.techserv.core.Locations;
import org.techserv.store.StorePreferences;
import org.techserv.workbench.WorkbenchIds;

/**
 * Window &gt; Preferences &gt; Database: where the workbench keeps its data. Embedded in the workspace by
 * default; a shared Derby network server for several workstations. Stored in the workspace; used at the next
 * start.
 */
public final class DatabasePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	/** Widget keys for UI tests and SWTBot. */
	public static final String KEY_EMBEDDED = "database.mode.embedded"; //$NON-NLS-1$
	public static final String KEY_SERVER = "database.mode.server"; //$NON-NLS-1$
	public static final String KEY_LOCATION = "database.embedded.location"; //$NON-NLS-1$
	public static final String KEY_HOST = "database.server.host"; //$NON-NLS-1$
	public static final String KEY_PORT = "database.server.port"; //$NON-NLS-1$
	public static final String KEY_DATABASE = "database.server.name"; //$NON-NLS-1$
	public static final String KEY_USER = "database.server.user"; //$NON-NLS-1$

	private Button embedded;
	private Button server;
	private Text location;
	private Button browse;
	private Text host;
	private Text port;
	private Text databaseName;
	private Text user;

	@Override
	public void init(IWorkbench workbench) {
		setDescription(Messages.databasePageDescription);
	}

	@Override
	protected IPreferenceStore doGetPreferenceStore() {
		return new ScopedPreferenceStore(InstanceScope.INSTANCE, StorePreferences.NODE);
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		GridLayoutFactory.fillDefaults().applyTo(page);

		embedded = radio(page, Messages.modeEmbedded, KEY_EMBEDDED);
		Group embeddedGroup = group(page, Messages.embeddedGroup);
		label(embeddedGroup, Messages.embeddedLocation);
		location = text(embeddedGroup, KEY_LOCATION, 1);
		location.setMessage(defaultLocationHint());
		browse = new Button(embeddedGroup, SWT.PUSH);
		browse.setText(Messages.browse);
		browse.addListener(SWT.Selection, e -> browseForLocation());

		server = radio(page, Messages.modeServer, KEY_SERVER);
		Group serverGroup = group(page, Messages.serverGroup);
		label(serverGroup, Messages.serverHost);
		host = text(serverGroup, KEY_HOST, 2);
		label(serverGroup, Messages.serverPort);
		port = text(serverGroup, KEY_PORT, 2);
		label(serverGroup, Messages.serverDatabase);
		databaseName = text(serverGroup, KEY_DATABASE, 2);
		label(serverGroup, Messages.serverUser);
		user = text(serverGroup, KEY_USER, 2);
		Label passwordNote = new Label(serverGroup, SWT.WRAP);
		passwordNote.setText(Messages.serverPasswordNote);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).hint(400, SWT.DEFAULT).applyTo(passwordNote);

		Label restartNote = new Label(page, SWT.WRAP);
		restartNote.setText(Messages.restartNote);
		GridDataFactory.fillDefaults().grab(true, false).hint(400, SWT.DEFAULT).indent(0, 8).applyTo(restartNote);

		load(false);
		embedded.addListener(SWT.Selection, e -> updateEnablement());
		server.addListener(SWT.Selection, e -> updateEnablement());
		for (Text text : new Text[] { location, host, port, databaseName, user }) {
			text.addModifyListener(e -> validate());
		}
		updateEnablement();
		return page;
	}

	private void load(boolean defaults) {
		IPreferenceStore store = getPreferenceStore();
		String mode = defaults ? StorePreferences.MODE_EMBEDDED : store.getString(StorePreferences.MODE);
		boolean isServer = StorePreferences.MODE_SERVER.equals(mode);
		embedded.setSelection(!isServer);
		server.setSelection(isServer);
		location.setText(defaults ? "" : store.getString(StorePreferences.EMBEDDED_LOCATION)); //$NON-NLS-1$
		host.setText(defaults ? "" : store.getString(StorePreferences.SERVER_HOST)); //$NON-NLS-1$
		int storedPort = store.getInt(StorePreferences.SERVER_PORT);
		port.setText(String.valueOf(defaults || storedPort == 0 ? StorePreferences.DEFAULT_SERVER_PORT : storedPort));
		String name = store.getString(StorePreferences.SERVER_DATABASE);
		databaseName.setText(defaults || name.isEmpty() ? StorePreferences.DEFAULT_SERVER_DATABASE : name);
		user.setText(defaults ? "" : store.getString(StorePreferences.SERVER_USER)); //$NON-NLS-1$
	}

	@Override
	protected void performDefaults() {
		load(true);
		updateEnablement();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		if (!validate()) {
			return false;
		}
		IPreferenceStore store = getPreferenceStore();
		store.setValue(StorePreferences.MODE,
				server.getSelection() ? StorePreferences.MODE_SERVER : StorePreferences.MODE_EMBEDDED);
		store.setValue(StorePreferences.EMBEDDED_LOCATION, location.getText().trim());
		store.setValue(StorePreferences.SERVER_HOST, host.getText().trim());
		store.setValue(StorePreferences.SERVER_PORT, Integer.parseInt(port.getText().trim()));
		store.setValue(StorePreferences.SERVER_DATABASE, databaseName.getText().trim());
		store.setValue(StorePreferences.SERVER_USER, user.getText().trim());
		return super.performOk();
	}

	private void updateEnablement() {
		boolean isServer = server.getSelection();
		location.setEnabled(!isServer);
		browse.setEnabled(!isServer);
		for (Text text : new Text[] { host, port, databaseName, user }) {
			text.setEnabled(isServer);
		}
		validate();
	}

	/** Checks the fields of the selected mode; shows the first problem, naming the field and value. */
	private boolean validate() {
		String problem = server.getSelection() ? serverProblem() : locationProblem();
		setErrorMessage(problem);
		setValid(problem == null);
		return problem == null;
	}

	private String locationProblem() {
		String value = location.getText().trim();
		if (value.isEmpty()) {
			return null;
		}
		try {
			Path path = Path.of(value);
			if (Files.exists(path) && !Files.isDirectory(path)) {
				return NLS.bind(Messages.locationIsFile, value);
			}
		} catch (InvalidPathException e) {
			return NLS.bind(Messages.locationInvalid, value, e.getReason());
		}
		return null;
	}

	private String serverProblem() {
		if (host.getText().isBlank()) {
			return Messages.hostRequired;
		}
		String portText = port.getText().trim();
		try {
			int value = Integer.parseInt(portText);
			if (value < 1 || value > 65535) {
				return NLS.bind(Messages.portRange, portText);
			}
		} catch (NumberFormatException e) {
			return NLS.bind(Messages.portRange, portText);
		}
		if (databaseName.getText().isBlank()) {
			return Messages.databaseNameRequired;
		}
		if (user.getText().isBlank()) {
			return Messages.userRequired;
		}
		return null;
	}

	private void browseForLocation() {
		DirectoryDialog dialog = new DirectoryDialog(getShell());
		dialog.setMessage(Messages.browseMessage);
		String chosen = dialog.open();
		if (chosen != null) {
			location.setText(chosen);
		}
	}

	private static String defaultLocationHint() {
		return Locations.toPath(Platform.getInstanceLocation())
				.map(w -> NLS.bind(Messages.locationDefault, StorePreferences.defaultEmbeddedPath(w)))
				.orElse(Messages.locationDefaultNoWorkspace);
	}

	private static Button radio(Composite parent, String text, String key) {
		Button button = new Button(parent, SWT.RADIO);
		button.setText(text);
		button.setData(WorkbenchIds.WIDGET_KEY, key);
		return button;
	}

	private static Group group(Composite parent, String text) {
		Group group = new Group(parent, SWT.NONE);
		group.setText(text);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(group);
		GridDataFactory.fillDefaults().grab(true, false).indent(16, 0).applyTo(group);
		return group;
	}

	private static void label(Composite parent, String text) {
		new Label(parent, SWT.NONE).setText(text);
	}

	private static Text text(Composite parent, String key, int span) {
		Text text = new Text(parent, SWT.BORDER | SWT.SINGLE);
		text.setData(WorkbenchIds.WIDGET_KEY, key);
		GridDataFactory.fillDefaults().grab(true, false).span(span, 1).hint(240, SWT.DEFAULT).applyTo(text);
		return text;
	}
}

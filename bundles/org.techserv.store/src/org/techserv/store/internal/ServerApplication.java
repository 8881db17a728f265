package org.techserv.store.internal;

import java.io.Console;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.osgi.util.NLS;
import org.techserv.store.DatabaseSettings;
import org.techserv.store.PasswordSource;
import org.techserv.store.StoreException;

/**
 * {@code techserv server}: runs the shared database for several workstations until stopped, or with
 * {@code --add-user NAME} adds a user to a running server.
 */
public final class ServerApplication implements IApplication {

	/** The environment variable with the new user's password for {@code --add-user}. */
	static final String NEW_PASSWORD = "TECHSERV_NEW_PASSWORD"; //$NON-NLS-1$

	private final CountDownLatch stopped = new CountDownLatch(1);
	private volatile DatabaseServer running;

	@Override
	public Object start(IApplicationContext context) throws Exception {
		PrintStream out = System.out;
		Map<String, String> options = options((String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS));
		if (options == null || !options.containsKey("--user")) { //$NON-NLS-1$
			out.println(Messages.serverUsage);
			return Integer.valueOf(2);
		}
		String host = options.getOrDefault("--host", "127.0.0.1"); //$NON-NLS-1$ //$NON-NLS-2$
		int port = Integer.parseInt(options.getOrDefault("--port", "1527")); //$NON-NLS-1$ //$NON-NLS-2$
		String user = options.get("--user"); //$NON-NLS-1$
		try {
			char[] password = password(PasswordSource.ENVIRONMENT, user);
			if (options.containsKey("--add-user")) { //$NON-NLS-1$
				String name = options.get("--add-user"); //$NON-NLS-1$
				addUser(host, port, user, password, name, password(NEW_PASSWORD, name));
				out.println(NLS.bind(Messages.serverUserAdded, name));
				return EXIT_OK;
			}
			Path folder = Path.of(options.getOrDefault("--dir", //$NON-NLS-1$
					Path.of(System.getProperty("user.home"), ".techserv", "server").toString())); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			DatabaseServer server = DatabaseServer.start(folder, host, port, user, password,
					new PrintWriter(System.err, true), true);
			running = server;
			// Ctrl+C or SIGTERM: the JVM does not wait for this thread, so the hook itself shuts Derby down.
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				server.close();
				stopped.countDown();
			}, "techserv server shutdown")); //$NON-NLS-1$
			out.println(NLS.bind(Messages.serverStarted,
					new Object[] { DatabaseServer.DATABASE, folder.toAbsolutePath(), host, String.valueOf(port) }));
			out.flush();
			stopped.await();
			return EXIT_OK;
		} catch (StoreException e) {
			System.err.println(e.getMessage());
			return Integer.valueOf(1);
		}
	}

	@Override
	public void stop() {
		DatabaseServer server = running;
		if (server != null) {
			server.close();
		}
		stopped.countDown();
	}

	private static void addUser(String host, int port, String owner, char[] ownerPassword, String name,
			char[] password) throws StoreException {
		DatabaseSettings settings = new DatabaseSettings(DatabaseSettings.Mode.SERVER, Path.of("."), host, port, //$NON-NLS-1$
				DatabaseServer.DATABASE, owner);
		ClientDerby client = new ClientDerby(settings, problem -> ownerPassword);
		try (Connection connection = client.connect()) {
			DatabaseServer.addUser(connection, name, password);
		} catch (java.sql.SQLException e) {
			throw new StoreException(StoreException.Reason.OTHER, e.getMessage(), e.getSQLState(), e);
		}
	}

	/** From the environment variable, else asked on the terminal. */
	private static char[] password(String variable, String user) throws StoreException {
		String value = System.getenv(variable);
		if (value != null && !value.isEmpty()) {
			return value.toCharArray();
		}
		Console console = System.console();
		if (console == null) {
			throw new StoreException(StoreException.Reason.SERVER_UNAVAILABLE, NLS.bind(Messages.passwordMissing, variable),
					null, null);
		}
		return console.readPassword(NLS.bind(Messages.passwordPrompt, user));
	}

	/** {@code --name value} pairs; null when malformed. */
	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		List<String> list = args == null ? List.of() : List.of(args);
		for (int i = 0; i < list.size(); i++) {
			String arg = list.get(i);
			if (!arg.startsWith("--") || i + 1 >= list.size()) { //$NON-NLS-1$
				return null;
			}
			options.put(arg, list.get(++i));
		}
		return options;
	}
}

package org.techserv.library.sru.tests;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.techserv.library.sru.SruTarget;

/**
 * A real Zebra server (Debian's idzebra-2.0) on 127.0.0.1 with the MARCXML examples of idzebra-2.0-examples
 * indexed: the example configuration is copied to a folder and changed in four places to run here (listen on
 * 127.0.0.1 and a free port; CQL to PQF mapping for SRU; module and profile paths, no ICU; the stylesheets include
 * the local MARC21slimUtils.xsl instead of loading it from the web). Close it to stop the server; a shutdown hook
 * stops it as well should the test run end without that.
 */
public final class ZebraServer implements AutoCloseable {

	static final Path EXAMPLES = Path.of("/usr/share/doc/idzebra-2.0/examples/marcxml");
	static final Path CQL_TO_PQF = Path.of("/usr/share/yaz/etc/pqf.properties");
	private static final String INSTALL = "Install them with: apt-get install idzebra-2.0 idzebra-2.0-examples yaz "
			+ "(.ci/run does).";
	private static final long START_MILLIS = 20_000;

	private final Path folder;
	private final Process process;
	private final int port;
	private final Thread killer;

	private ZebraServer(Path folder, Process process, int port) {
		this.folder = folder;
		this.process = process;
		this.port = port;
		this.killer = new Thread(this::kill, "zebrasrv killer");
		Runtime.getRuntime().addShutdownHook(killer);
	}

	/**
	 * Sets up, indexes and starts Zebra in {@code folder}.
	 *
	 * @param extraRecords more MARCXML collection files to index, by file name (collection-*.xml)
	 */
	public static ZebraServer start(Path folder, Map<String, String> extraRecords) throws IOException, InterruptedException {
		String zebraidx = executable("zebraidx");
		String zebrasrv = executable("zebrasrv");
		Path modules = modules();
		require(Files.isDirectory(EXAMPLES), "The Zebra MARCXML examples are missing (" + EXAMPLES + ").");
		require(Files.isRegularFile(CQL_TO_PQF), "YAZ's CQL to PQF mapping is missing (" + CQL_TO_PQF + ").");
		copyExamples(folder);
		configure(folder, modules);
		for (Map.Entry<String, String> extra : extraRecords.entrySet()) {
			Files.writeString(folder.resolve(extra.getKey()), extra.getValue(), StandardCharsets.UTF_8);
		}
		List<String> update = new ArrayList<>(List.of(zebraidx, "-c", "zebra.cfg", "update"));
		try (Stream<Path> files = Files.list(folder)) {
			files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("collection-") && n.endsWith(".xml"))
					.sorted().forEach(update::add);
		}
		run(folder, List.of(zebraidx, "-c", "zebra.cfg", "init"));
		run(folder, update);
		IOException last = null;
		for (int attempt = 0; attempt < 3; attempt++) {
			int port = freePort();
			listenOn(folder, port);
			Process process = new ProcessBuilder(zebrasrv, "-f", "yazgfs.xml", "-l", "zebrasrv.log")
					.directory(folder.toFile()).redirectErrorStream(true)
					.redirectOutput(folder.resolve("zebrasrv.out").toFile()).start();
			try {
				awaitListening(process, port, folder);
				return new ZebraServer(folder, process, port);
			} catch (IOException e) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
				last = e; // another program took the port meanwhile: try another
			}
		}
		throw last;
	}

	/** The base URL of the server; its database is {@code Default}. */
	public String baseUrl() {
		return "http://127.0.0.1:" + port;
	}

	/** A target on this server asking for the schema the example configuration offers MARCXML as. */
	public SruTarget target(String name) {
		return SruTarget.userDefined(name, baseUrl(), "Default", "marc", 10);
	}

	Path folder() {
		return folder;
	}

	@Override
	public void close() throws InterruptedException {
		kill();
		try {
			Runtime.getRuntime().removeShutdownHook(killer);
		} catch (IllegalStateException e) {
			// shutting down already: the hook runs
		}
	}

	private void kill() {
		process.descendants().forEach(ProcessHandle::destroyForcibly);
		process.destroy();
		try {
			if (!process.waitFor(5, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
			}
		} catch (InterruptedException e) {
			process.destroyForcibly();
			Thread.currentThread().interrupt();
		}
	}

	/** The examples, gunzipped where they are compressed. */
	private static void copyExamples(Path folder) throws IOException {
		try (DirectoryStream<Path> files = Files.newDirectoryStream(EXAMPLES)) {
			for (Path file : files) {
				String name = file.getFileName().toString();
				if (name.endsWith(".gz")) {
					try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
						Files.copy(in, folder.resolve(name.substring(0, name.length() - 3)));
					}
				} else {
					Files.copy(file, folder.resolve(name));
				}
			}
		}
	}

	/** Changes 2 to 4 (change 1, the listen address, comes with the port). */
	private static void configure(Path folder, Path modules) throws IOException {
		edit(folder.resolve("yazgfs.xml"), "(<server [^>]*>)",
				"$1\n    <cql2rpn>" + CQL_TO_PQF + "</cql2rpn>");
		Path cfg = folder.resolve("zebra.cfg");
		edit(cfg, "(?m)^modulePath:.*$", "modulePath: " + modules);
		edit(cfg, "(?m)^profilePath:.*$", "profilePath: .:/usr/share/idzebra-2.0/tab");
		edit(cfg, "(?m)^index: icu\\.idx", "# index: icu.idx");
		try (DirectoryStream<Path> sheets = Files.newDirectoryStream(folder, "MARC21slim2*.xsl")) {
			for (Path sheet : sheets) {
				String text = Files.readString(sheet, StandardCharsets.UTF_8);
				Files.writeString(sheet, text.replaceAll("href=\"https?://www\\.loc\\.gov/[^\"]*MARC21slimUtils\\.xsl\"",
						"href=\"MARC21slimUtils.xsl\""), StandardCharsets.UTF_8);
			}
		}
	}

	private static void listenOn(Path folder, int port) throws IOException {
		Path config = folder.resolve("yazgfs.xml");
		String text = Files.readString(config, StandardCharsets.UTF_8);
		Matcher listen = Pattern.compile("<listen id=\"([^\"]*)\">[^<]*</listen>").matcher(text);
		require(listen.find(), "The example " + config.getFileName() + " has no <listen> element any more.");
		Files.writeString(config, listen.replaceFirst("<listen id=\"$1\">tcp:127.0.0.1:" + port + "</listen>"),
				StandardCharsets.UTF_8);
	}

	private static void edit(Path file, String regex, String replacement) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8);
		Matcher matcher = Pattern.compile(regex).matcher(text);
		require(matcher.find(), "The example " + file.getFileName() + " changed: nothing matches " + regex);
		Files.writeString(file, matcher.replaceFirst(replacement), StandardCharsets.UTF_8);
	}

	private static void run(Path folder, List<String> command) throws IOException, InterruptedException {
		Path log = folder.resolve("zebraidx.log");
		Process process = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new IllegalStateException(String.join(" ", command) + " did not finish within 60 s:\n" + tail(log));
		}
		if (process.exitValue() != 0) {
			throw new IllegalStateException(String.join(" ", command) + " failed (exit " + process.exitValue() + "):\n"
					+ tail(log));
		}
	}

	/** Waits until the server accepts connections; fails with its log if it exits or takes too long. */
	private static void awaitListening(Process process, int port, Path folder) throws IOException, InterruptedException {
		long deadline = System.currentTimeMillis() + START_MILLIS;
		while (System.currentTimeMillis() < deadline) {
			if (!process.isAlive()) {
				throw new IOException("zebrasrv exited (" + process.exitValue() + ") on port " + port + ":\n"
						+ tail(folder.resolve("zebrasrv.log")) + tail(folder.resolve("zebrasrv.out")));
			}
			try (Socket socket = new Socket()) {
				socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 200);
				return;
			} catch (IOException notYet) {
				process.waitFor(50, TimeUnit.MILLISECONDS);
			}
		}
		process.destroyForcibly();
		throw new IllegalStateException("zebrasrv did not listen on 127.0.0.1:" + port + " within " + START_MILLIS / 1000
				+ " s:\n" + tail(folder.resolve("zebrasrv.log")));
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

	/** The program on the PATH, or a failure saying how to install it. */
	private static String executable(String name) {
		for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
			Path file = Path.of(dir.isEmpty() ? "." : dir, name);
			if (Files.isExecutable(file)) {
				return file.toString();
			}
		}
		Path usual = Path.of("/usr/bin", name);
		require(Files.isExecutable(usual), "The SRU tests need a real Zebra server, but " + name
				+ " is not installed (Debian package idzebra-2.0). " + INSTALL);
		return usual.toString();
	}

	/** Zebra's filter modules: /usr/lib/<multiarch>/idzebra-2.0/modules on Debian. */
	private static Path modules() throws IOException {
		try (DirectoryStream<Path> libs = Files.newDirectoryStream(Path.of("/usr/lib"))) {
			for (Path lib : libs) {
				Path modules = lib.resolve("idzebra-2.0/modules");
				if (Files.isRegularFile(modules.resolve("mod-dom.so"))) {
					return modules;
				}
			}
		}
		Path flat = Path.of("/usr/lib/idzebra-2.0/modules");
		require(Files.isRegularFile(flat.resolve("mod-dom.so")),
				"Zebra's DOM filter module (mod-dom.so) is not installed. " + INSTALL);
		return flat;
	}

	private static void require(boolean condition, String message) {
		if (!condition) {
			throw new IllegalStateException(message);
		}
	}

	private static String tail(Path log) {
		try {
			List<String> lines = Files.readAllLines(log, StandardCharsets.ISO_8859_1);
			return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())) + "\n";
		} catch (IOException e) {
			return "(no " + log.getFileName() + ")\n";
		}
	}
}

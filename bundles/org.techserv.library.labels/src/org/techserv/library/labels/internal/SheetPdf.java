package org.techserv.library.labels.internal;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.osgi.util.NLS;
import org.techserv.library.labels.LabelBox;
import org.techserv.library.labels.LabelSheet;

/**
 * Lays labels out on sheets and writes the PDF. The file appears whole or not at all: it is written next to the
 * target under another name and moved over the target only when complete; cancelling or failing leaves the target
 * as it was.
 */
public final class SheetPdf {

	public static final float POINTS_PER_MM = 72f / 25.4f;

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A label's rectangle in PDF points, the origin at the page's bottom-left corner. */
	public record Area(float x, float y, float width, float height) {

		public float top() {
			return y + height;
		}

		public float right() {
			return x + width;
		}

		/** This area shrunk by the padding on every side. */
		public Area inset(float padding) {
			return new Area(x + padding, y + padding, width - 2 * padding, height - 2 * padding);
		}
	}

	/** Draws label number index (0-based, of the labels given) into its area. */
	@FunctionalInterface
	public interface Painter {
		void paint(PDPageContentStream content, Area area, int index) throws IOException;
	}

	/** Makes the painter of one document (fonts are loaded into the document they are used in). */
	@FunctionalInterface
	public interface PainterFactory {
		Painter create(PDDocument document) throws IOException;
	}

	private SheetPdf() {
	}

	/**
	 * Writes count labels, the first at startPosition of the first sheet, to target.
	 *
	 * @throws OperationCanceledException when the monitor is cancelled; the target is left as it was
	 */
	public static void write(Path target, LabelSheet sheet, int startPosition, int count, String title,
			PainterFactory painters, IProgressMonitor monitor) throws IOException {
		int pages = sheet.sheetsFor(count, startPosition);
		SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.writingLabels, count, target.getFileName()),
				count + 1);
		Path file = target.toAbsolutePath();
		Path folder = file.getParent();
		if (folder == null || !Files.isDirectory(folder)) {
			throw new IOException(NLS.bind(Messages.folderMissing, folder, file.getFileName()));
		}
		Path part = partFile(folder, file.getFileName().toString());
		boolean moved = false;
		try {
			try (PDDocument document = new PDDocument()) {
				document.getDocumentInformation().setTitle(title);
				document.getDocumentInformation().setCreator("Techserv Workbench"); //$NON-NLS-1$
				Painter painter = painters.create(document);
				PDRectangle pageSize = new PDRectangle((float) sheet.pageSize().width() * POINTS_PER_MM,
						(float) sheet.pageSize().height() * POINTS_PER_MM);
				int index = 0;
				for (int page = 0; page < pages; page++) {
					PDPage pdfPage = new PDPage(pageSize);
					document.addPage(pdfPage);
					try (PDPageContentStream content = new PDPageContentStream(document, pdfPage)) {
						int first = page == 0 ? startPosition : 1;
						for (int position = first; position <= sheet.labelsPerSheet() && index < count; position++) {
							checkCancelled(progress);
							painter.paint(content, area(sheet.box(position), pageSize.getHeight()), index++);
							progress.worked(1);
						}
					}
				}
				checkCancelled(progress);
				document.save(part.toFile());
			}
			checkCancelled(progress);
			move(part, file);
			moved = true;
			progress.worked(1);
		} finally {
			if (!moved) {
				Files.deleteIfExists(part);
			}
		}
	}

	/**
	 * A new, empty file beside the target. Not Files.createTempFile: its owner-only permissions would travel
	 * with the move, and the finished PDF would be unreadable for others where other files are not.
	 */
	private static Path partFile(Path folder, String name) throws IOException {
		while (true) {
			Path part = folder.resolve("." + name + '.' + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".part"); //$NON-NLS-1$ //$NON-NLS-2$
			try {
				return Files.createFile(part);
			} catch (FileAlreadyExistsException e) {
				// another writer's part file: draw another name
			}
		}
	}

	private static Area area(LabelBox box, float pageHeight) {
		float x = (float) box.left() * POINTS_PER_MM;
		float top = pageHeight - (float) box.top() * POINTS_PER_MM;
		float height = (float) box.height() * POINTS_PER_MM;
		return new Area(x, top - height, (float) box.width() * POINTS_PER_MM, height);
	}

	private static void checkCancelled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	private static void move(Path part, Path target) throws IOException {
		try {
			Files.move(part, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(part, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}

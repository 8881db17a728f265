package org.techserv.library.labels;

/**
 * Where one label sits on its sheet, in millimetres from the page's top-left corner.
 *
 * @param left the label's left edge
 * @param top  the label's top edge
 */
public record LabelBox(double left, double top, double width, double height) {
}

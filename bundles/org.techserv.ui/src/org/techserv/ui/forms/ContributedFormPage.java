package org.techserv.ui.forms;

import java.util.EventObject;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** A contributed page inside the editor: a scrolled form whose body the contribution fills and refreshes. */
final class ContributedFormPage extends FormPage {

	private final ContributedEditorPage page;
	private final EditorPageContext context;
	private final CommandStackListener onChange = this::changed;
	private boolean built;

	ContributedFormPage(FormEditor editor, ContributedPages.Contribution contribution, ContributedEditorPage page,
			EditorPageContext context) {
		super(editor, contribution.id(), contribution.name());
		this.page = page;
		this.context = context;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		form.setText(getTitle());
		managedForm.getToolkit().decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		GridLayoutFactory.fillDefaults().margins(8, 8).spacing(10, 10).numColumns(1).applyTo(body);
		page.createContent(body, managedForm.getToolkit(), context);
		built = true;
		context.editingDomain().getCommandStack().addCommandStackListener(onChange);
		page.refresh();
		if (getEditor() instanceof CommandStackFormEditor editor) {
			editor.showNotice();
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && built) {
			page.refresh(); // a save changes what some pages show (history, stored state) without a command
		}
	}

	private void changed(EventObject event) {
		Display.getDefault().asyncExec(() -> {
			if (built && getManagedForm() != null && !getManagedForm().getForm().isDisposed()) {
				page.refresh();
			}
		});
	}

	@Override
	public void dispose() {
		if (built) {
			context.editingDomain().getCommandStack().removeCommandStackListener(onChange);
		}
		page.dispose();
		super.dispose();
	}
}

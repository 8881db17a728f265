package org.techserv.model.store.internal;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.techserv.model.edit.FieldIssue;
import org.techserv.model.edit.ModelValidation;
import org.techserv.store.FieldProblem;
import org.techserv.store.ValidationException;

/** What every repository does before it writes: check the record with the model's own rules. */
public final class Records {

	private Records() {
	}

	/** Throws {@link ValidationException} naming each field when the record and its contents break a rule. */
	public static void validate(EObject record) throws ValidationException {
		List<FieldIssue> issues = ModelValidation.check(record);
		if (!issues.isEmpty()) {
			throw new ValidationException(
					issues.stream().map(i -> new FieldProblem(i.label(), i.value(), i.message())).toList(), null, null);
		}
	}
}

package org.techserv.library.circulation;

import java.time.Instant;

/** One tallied reference question: when, what kind, by which channel, who noted it. */
public record ReferenceQuestion(long id, Instant askedAt, QuestionType type, Channel channel, String recordedBy) {
}

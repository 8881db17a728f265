package org.techserv.library.circulation;

import java.time.YearMonth;
import java.util.Map;

/**
 * The reference questions of one month counted by type and channel: {@code counts.get(type).get(channel)}, every
 * type and channel present (0 when none).
 */
public record MonthlyStatistics(YearMonth month, Map<QuestionType, Map<Channel, Integer>> counts) {

	public int count(QuestionType type, Channel channel) {
		return counts.get(type).get(channel);
	}

	public int total(QuestionType type) {
		return counts.get(type).values().stream().mapToInt(Integer::intValue).sum();
	}

	public int total(Channel channel) {
		return counts.values().stream().mapToInt(byChannel -> byChannel.get(channel)).sum();
	}

	public int total() {
		return counts.values().stream().flatMap(byChannel -> byChannel.values().stream())
				.mapToInt(Integer::intValue).sum();
	}
}

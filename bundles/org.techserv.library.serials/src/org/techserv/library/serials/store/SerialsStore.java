package org.techserv.library.serials.store;

import org.techserv.store.Database;

/** The serials work on one database: subscriptions, check-in and claims. */
public final class SerialsStore {

	private final SubscriptionRepository subscriptions;
	private final CheckIn checkIn;
	private final Claims claims;

	public SerialsStore(Database database) {
		this.subscriptions = new SubscriptionRepository(database);
		this.checkIn = new CheckIn(database);
		this.claims = new Claims(database);
	}

	public SubscriptionRepository subscriptions() {
		return subscriptions;
	}

	public CheckIn checkIn() {
		return checkIn;
	}

	public Claims claims() {
		return claims;
	}
}

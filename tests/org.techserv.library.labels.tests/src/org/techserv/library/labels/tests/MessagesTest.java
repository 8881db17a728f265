package org.techserv.library.labels.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.techserv.library.labels.internal.Messages;

class MessagesTest {

	@Test
	void everyTextHasAnEnglishAndAnIndonesianVersion() throws IOException {
		Set<String> fields = new TreeSet<>();
		for (Field field : Messages.class.getFields()) {
			if (Modifier.isStatic(field.getModifiers()) && field.getType() == String.class) {
				fields.add(field.getName());
			}
		}

		assertEquals(fields, keys("messages.properties"));
		assertEquals(fields, keys("messages_id.properties"));
	}

	private static Set<String> keys(String file) throws IOException {
		try (InputStream in = Messages.class.getResourceAsStream(file)) {
			assertNotNull(in, file);
			Properties properties = new Properties();
			properties.load(in);
			return new TreeSet<>(properties.stringPropertyNames());
		}
	}
}

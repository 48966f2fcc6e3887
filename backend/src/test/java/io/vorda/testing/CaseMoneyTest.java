package io.vorda.testing;

import java.util.HashMap;
import java.util.Map;

/** Base for tests that need case balances and payments: the application on PostgreSQL with {@link TestCaseMoney}. */
public interface CaseMoneyTest extends DatabaseTest {

    @Override
    default Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(DatabaseTest.super.getProperties());
        properties.put("vorda.test.case-money", "true");
        return properties;
    }
}

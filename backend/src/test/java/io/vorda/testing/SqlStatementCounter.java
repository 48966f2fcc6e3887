package io.vorda.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the application prepares or executes, so tests can prove that a page of results costs
 * a fixed number of queries (no N+1). Wraps the pool's DataSource when it is created; tests only.
 */
@Singleton
@Requires(property = SqlStatementCounter.ENABLED, value = "true")
public class SqlStatementCounter implements BeanCreatedEventListener<DataSource> {

    /** Only the tests that count statements switch the counter on; every other test gets the plain pool. */
    public static final String ENABLED = "vorda.test.count-sql-statements";

    private final AtomicLong statements = new AtomicLong();

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (!(target instanceof com.zaxxer.hikari.HikariDataSource)) {
            return target; // only the pool itself; Micronaut's contextual wrappers stay as they are
        }
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (method, result) -> method.getName().equals("getConnection") ? countingConnection((Connection) result) : result));
    }

    public void reset() {
        statements.set(0);
    }

    public long count() {
        return statements.get();
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                forwarding(connection, (method, result) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall") || name.equals("createStatement")) {
                        statements.incrementAndGet();
                    }
                    return result;
                }));
    }

    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object result);
    }

    private static InvocationHandler forwarding(Object target, AfterCall after) {
        return (proxy, method, args) -> {
            try {
                return after.apply(method, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}

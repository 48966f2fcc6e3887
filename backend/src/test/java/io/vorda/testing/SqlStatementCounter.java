package io.vorda.testing;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.order.Ordered;
import jakarta.inject.Singleton;

import javax.sql.DataSource;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Counts the SQL statements the application prepares or executes, so tests can prove that a page of results costs
 * a fixed number of queries (no N+1). Wraps the pool's DataSource when it is created; tests only.
 */
@Singleton
@Requires(property = SqlStatementCounter.ENABLED, value = "true")
public class SqlStatementCounter implements BeanCreatedEventListener<DataSource>, Ordered {

    /** Only the tests that count statements switch the counter on; every other test gets the plain pool. */
    public static final String ENABLED = "vorda.test.count-sql-statements";

    /** The SQL of each statement, in order, so a failed bound shows which statements a page took. */
    private final List<String> statements = new CopyOnWriteArrayList<>();

    /**
     * Before Micronaut Data's own wrapper (ContextualAwareDataSource): that one is unwrapped again to get connections,
     * so a counter wrapped around it would see none, and after it the pool is no longer in sight to wrap.
     */
    @Override
    public int getOrder() {
        return HIGHEST_PRECEDENCE;
    }

    @Override
    public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
        DataSource target = event.getBean();
        if (!(target instanceof com.zaxxer.hikari.HikariDataSource)) {
            return target; // only the pool itself; Micronaut's contextual wrappers stay as they are
        }
        return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                forwarding(target, (method, args, result) -> method.getName().equals("getConnection") ? countingConnection((Connection) result) : result));
    }

    public void reset() {
        statements.clear();
    }

    public long count() {
        return statements.size();
    }

    /** The statements counted since the last reset, one per line. */
    public String statements() {
        return String.join("\n", statements);
    }

    private Connection countingConnection(Connection connection) {
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                forwarding(connection, (method, args, result) -> {
                    String name = method.getName();
                    if (name.equals("prepareStatement") || name.equals("prepareCall")) {
                        statements.add(String.valueOf(args[0]));
                    } else if (name.equals("createStatement")) {
                        statements.add("(statement)");
                    }
                    return result;
                }));
    }

    private interface AfterCall {
        Object apply(java.lang.reflect.Method method, Object[] args, Object result);
    }

    private static InvocationHandler forwarding(Object target, AfterCall after) {
        return (proxy, method, args) -> {
            try {
                return after.apply(method, args, method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}

package io.vorda.arrangement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface MonitorRunRepository extends CrudRepository<MonitorRunRow, UUID> {

    @Query("SELECT * FROM arrangement_monitor_runs ORDER BY started_at DESC, id DESC LIMIT :limit")
    List<MonitorRunRow> findRecent(int limit);
}

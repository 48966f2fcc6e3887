package io.vorda.arrangement;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface InstalmentRepository extends CrudRepository<InstalmentRow, UUID> {

    @Query("SELECT * FROM plan_instalments WHERE plan_id IN (:planIds) ORDER BY plan_id, number")
    List<InstalmentRow> findByPlans(Collection<UUID> planIds);
}

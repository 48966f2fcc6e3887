package io.vorda.cases;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ClaimRepository extends CrudRepository<ClaimRow, UUID> {

    @Query("SELECT * FROM claims WHERE case_id IN (:caseIds) ORDER BY due_date, invoice_number")
    List<ClaimRow> findByCases(Collection<UUID> caseIds);
}

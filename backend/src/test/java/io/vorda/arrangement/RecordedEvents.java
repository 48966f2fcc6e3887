package io.vorda.arrangement;

import io.micronaut.runtime.event.annotation.EventListener;
import io.vorda.cases.CaseId;
import jakarta.inject.Singleton;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Listens to every arrangement event, as the workflow will. */
@Singleton
public class RecordedEvents {

    private final List<Object> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(InstalmentMissed event) {
        events.add(event);
    }

    @EventListener
    void on(PlanBroken event) {
        events.add(event);
    }

    @EventListener
    void on(PlanCompleted event) {
        events.add(event);
    }

    @EventListener
    void on(PlanCancelled event) {
        events.add(event);
    }

    @EventListener
    void on(PromiseKept event) {
        events.add(event);
    }

    @EventListener
    void on(PromiseBroken event) {
        events.add(event);
    }

    /** The events about one case, oldest first. */
    public List<Object> of(CaseId caseId) {
        return events.stream().filter(e -> caseId.equals(caseOf(e))).toList();
    }

    private static CaseId caseOf(Object event) {
        return switch (event) {
            case InstalmentMissed e -> e.caseId();
            case PlanBroken e -> e.caseId();
            case PlanCompleted e -> e.caseId();
            case PlanCancelled e -> e.caseId();
            case PromiseKept e -> e.caseId();
            case PromiseBroken e -> e.caseId();
            default -> throw new IllegalArgumentException(event.toString());
        };
    }
}

package io.vorda.cases.graphql;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.idl.RuntimeWiring;
import io.vorda.access.Caller;
import io.vorda.api.GlobalId;
import io.vorda.api.Payloads;
import io.vorda.api.RequestContext;
import io.vorda.api.SchemaWiring;
import io.vorda.cases.SavedCaseView;
import io.vorda.cases.SavedCaseViewId;
import io.vorda.cases.SavedCaseViews;
import jakarta.inject.Singleton;

import java.util.Map;

/** Query.savedCaseViews, the SavedCaseView fields and the saved view mutations: each user's own case list views. */
@Singleton
class SavedCaseViewSchema implements SchemaWiring {

    static final String VIEW = "SavedCaseView";

    private final SavedCaseViews views;

    SavedCaseViewSchema(SavedCaseViews views) {
        this.views = views;
    }

    @Override
    public void wire(RuntimeWiring.Builder wiring) {
        wiring.type("Query", type -> type.dataFetcher("savedCaseViews", env -> views.list(caller(env))));
        wiring.type(VIEW, type -> type
                .dataFetcher("id", env -> GlobalId.encode(VIEW, view(env).id().value()))
                .dataFetcher("filter", env -> CaseListInput.fields(view(env).filter()))
                .dataFetcher("orderBy", env -> CaseListInput.fields(view(env).order())));
        wiring.type("Mutation", type -> type
                .dataFetcher("savedCaseViewCreate", env -> Payloads.of("savedCaseView", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return views.create(caller(env), (String) in.get("name"), CaseListInput.filter(filter(in)),
                            CaseListInput.order(orderBy(in)));
                }))
                .dataFetcher("savedCaseViewRename", env -> Payloads.of("savedCaseView", () -> {
                    Map<String, Object> in = env.getArgument("input");
                    return views.rename(caller(env), viewId(in), (String) in.get("name"));
                }))
                .dataFetcher("savedCaseViewDelete", env -> Payloads.with(() -> {
                    Map<String, Object> in = env.getArgument("input");
                    views.delete(caller(env), viewId(in));
                    return Map.of("deletedViewId", in.get("viewId"));
                }, e -> java.util.Collections.singletonMap("deletedViewId", null))));
    }

    @Override
    public Map<Class<?>, String> nodeTypes() {
        return Map.of(SavedCaseView.class, VIEW);
    }

    @Override
    public Object node(RequestContext request, GlobalId id) {
        return VIEW.equals(id.type()) ? views.find(request.caller(Caller.class), new SavedCaseViewId(id.id())).orElse(null) : null;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> filter(Map<String, Object> in) {
        return (Map<String, Object>) in.get("filter");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> orderBy(Map<String, Object> in) {
        return (Map<String, Object>) in.get("orderBy");
    }

    private static SavedCaseViewId viewId(Map<String, Object> in) {
        return new SavedCaseViewId(GlobalId.decode((String) in.get("viewId"), VIEW, "viewId"));
    }

    private static SavedCaseView view(DataFetchingEnvironment env) {
        return env.getSource();
    }

    private static Caller caller(DataFetchingEnvironment env) {
        return RequestContext.of(env).caller(Caller.class);
    }
}

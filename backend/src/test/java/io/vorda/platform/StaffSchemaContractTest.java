package io.vorda.platform;

import graphql.language.Description;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.TypeDefinition;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.TypeDefinitionRegistry;
import io.vorda.shared.ErrorCode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The staff schema in api-spec/graphql keeps the house rules of ARCHITECTURE §11. */
class StaffSchemaContractTest {

    private static TypeDefinitionRegistry registry() throws IOException {
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        try (Stream<Path> files = Files.list(Path.of("..", "api-spec", "graphql"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".graphqls")).sorted().toList()) {
                registry.merge(new SchemaParser().parse(Files.readString(file)));
            }
        }
        return registry;
    }

    @Test
    void every_user_error_code_is_in_the_one_error_catalogue() throws IOException {
        EnumTypeDefinition codes = registry().getType("UserErrorCode", EnumTypeDefinition.class).orElseThrow();
        List<String> catalogue = Arrays.stream(ErrorCode.values()).map(Enum::name).toList();

        assertThat(codes.getEnumValueDefinitions()).allSatisfy(v -> assertThat(catalogue).contains(v.getName()));
    }

    @Test
    void every_type_is_described_in_business_language() throws IOException {
        List<String> undescribed = new ArrayList<>();
        for (TypeDefinition<?> type : registry().types().values()) {
            if (type instanceof graphql.language.AbstractDescribedNode<?> d && !described(d.getDescription()) && !type.getName().endsWith("Edge") && !type.getName().endsWith("Payload")
                    && !type.getName().endsWith("Connection")) {
                undescribed.add(type.getName());
            }
            if (type instanceof EnumTypeDefinition e) {
                e.getEnumValueDefinitions().stream().filter(v -> !described(v.getDescription()))
                        .forEach(v -> undescribed.add(type.getName() + "." + v.getName()));
            }
        }
        assertThat(undescribed).isEmpty();
    }

    @Test
    void every_mutation_takes_one_input_and_returns_a_payload_with_user_errors() throws IOException {
        TypeDefinitionRegistry registry = registry();
        List<FieldDefinition> mutations = registry.objectTypeExtensions().getOrDefault("Mutation", List.of()).stream()
                .flatMap(t -> t.getFieldDefinitions().stream()).toList();

        assertThat(mutations).isNotEmpty().allSatisfy(m -> {
            assertThat(m.getInputValueDefinitions()).extracting(i -> i.getName()).containsExactly("input");
            String payload = ((graphql.language.TypeName) m.getType()).getName();
            graphql.language.ObjectTypeDefinition type = registry.getType(payload, graphql.language.ObjectTypeDefinition.class).orElseThrow(() -> new AssertionError("no payload type " + payload));
            assertThat(type.getFieldDefinitions()).extracting(FieldDefinition::getName).contains("userErrors");
        });
    }

    private static boolean described(Description description) {
        return description != null && !description.getContent().isBlank();
    }
}

package org.frontline.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.frontline.paging.PageInfo;
import org.frontline.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.graphql.execution.SchemaReport;

/** The schema keeps the contract's fixed names, describes everything, and every field is mapped to code. */
@IntegrationTest
class SchemaContractTest {

    private static final Set<String> BUILT_IN_SCALARS = Set.of("String", "Int", "Float", "Boolean", "ID");

    @Autowired
    GraphQlSource graphQlSource;
    @Autowired
    SchemaMappingCheck schemaMappingCheck;

    @Test
    void theFixedNamesOfTheContractAreAllThereWithTheirTypes() {
        Map<String, String> contract = new LinkedHashMap<>();
        contract.put("Query.node", "Node");
        contract.put("Query.sources", "SourceConnection!");
        contract.put("Query.events", "EventConnection!");
        contract.put("Query.places", "PlaceConnection!");
        contract.put("Query.people", "PersonConnection!");
        contract.put("Query.organizations", "OrganizationConnection!");
        contract.put("Query.quotes", "QuoteConnection!");
        contract.put("Query.search", "[SearchHit!]!");
        contract.put("Source.id", "ID!");
        contract.put("Source.fileName", "String");
        contract.put("Source.title", "String");
        contract.put("Source.publisher", "String");
        contract.put("Source.author", "String");
        contract.put("Source.url", "String");
        contract.put("Source.publishedOn", "Date");
        contract.put("Source.language", "String");
        contract.put("Source.places", "[Place!]!");
        contract.put("Source.people", "[Person!]!");
        contract.put("Source.organizations", "[Organization!]!");
        contract.put("Source.quotes", "[Quote!]!");
        contract.put("Source.events", "[Event!]!");
        contract.put("Place.id", "ID!");
        contract.put("Place.name", "String!");
        contract.put("Place.aliases", "[String!]!");
        contract.put("Place.kind", "PlaceKind!");
        contract.put("Place.countryCode", "String");
        contract.put("Place.region", "Place");
        contract.put("Place.latitude", "Float");
        contract.put("Place.longitude", "Float");
        contract.put("Place.events", "EventConnection!");
        contract.put("Place.sources", "[Source!]!");
        contract.put("Person.id", "ID!");
        contract.put("Person.name", "String!");
        contract.put("Person.aliases", "[String!]!");
        contract.put("Person.role", "String");
        contract.put("Person.quotes", "QuoteConnection!");
        contract.put("Person.events", "EventConnection!");
        contract.put("Person.sources", "[Source!]!");
        contract.put("Organization.id", "ID!");
        contract.put("Organization.name", "String!");
        contract.put("Organization.aliases", "[String!]!");
        contract.put("Organization.quotes", "QuoteConnection!");
        contract.put("Organization.events", "EventConnection!");
        contract.put("Quote.id", "ID!");
        contract.put("Quote.text", "String!");
        contract.put("Quote.speaker", "Speaker");
        contract.put("Quote.source", "Source!");
        contract.put("Quote.event", "Event");
        contract.put("Quote.evidence", "Evidence!");
        contract.put("Event.id", "ID!");
        contract.put("Event.type", "EventType!");
        contract.put("Event.title", "String!");
        contract.put("Event.date", "Date");
        contract.put("Event.datePrecision", "DatePrecision!");
        contract.put("Event.places", "[Place!]!");
        contract.put("Event.people", "[Person!]!");
        contract.put("Event.actors", "[Organization!]!");
        contract.put("Event.quotes", "[Quote!]!");
        contract.put("Event.sources", "[Source!]!");
        contract.put("Event.sourceCount", "Int!");
        contract.put("Event.evidence", "[Evidence!]!");
        contract.put("Evidence.source", "Source!");
        contract.put("Evidence.sentence", "String!");
        contract.put("Evidence.startOffset", "Int!");
        contract.put("Evidence.endOffset", "Int!");
        contract.put("PageInfo.hasNextPage", "Boolean!");
        contract.put("PageInfo.hasPreviousPage", "Boolean!");
        contract.put("PageInfo.startCursor", "String");
        contract.put("PageInfo.endCursor", "String");
        contract.put("EventConnection.edges", "[EventEdge!]!");
        contract.put("EventConnection.totalCount", "Int!");
        contract.put("EventEdge.cursor", "String!");
        contract.put("EventEdge.node", "Event!");

        GraphQLSchema schema = graphQlSource.schema();
        contract.forEach((coordinates, type) -> {
            String[] typeAndField = coordinates.split("\\.");
            GraphQLFieldsContainer container = (GraphQLFieldsContainer) schema.getType(typeAndField[0]);
            assertThat(container).as(typeAndField[0]).isNotNull();
            GraphQLFieldDefinition field = container.getFieldDefinition(typeAndField[1]);
            assertThat(field).as(coordinates).isNotNull();
            assertThat(GraphQLTypeUtil.simplePrint(field.getType())).as(coordinates).isEqualTo(type);
        });
        assertThat(((GraphQLUnionType) schema.getType("SearchHit")).getTypes()).extracting(GraphQLNamedType::getName)
                .containsExactlyInAnyOrder("Event", "Place", "Person", "Organization", "Quote", "Source");
        assertThat(((GraphQLUnionType) schema.getType("Speaker")).getTypes()).extracting(GraphQLNamedType::getName)
                .containsExactlyInAnyOrder("Person", "Organization");
        assertThat(((GraphQLEnumType) schema.getType("PlaceKind")).getValues())
                .extracting(GraphQLEnumValueDefinition::getName)
                .containsExactly("SETTLEMENT", "REGION", "COUNTRY", "WATER", "FACILITY", "OTHER");
        assertThat(((GraphQLEnumType) schema.getType("EventType")).getValues())
                .extracting(GraphQLEnumValueDefinition::getName)
                .containsExactly("TERRITORY_REGAINED", "TERRITORY_CAPTURED", "WITHDRAWAL", "ATTACK", "CIVILIAN_HARM",
                        "MASS_GRAVE", "AID_PLEDGE", "POLITICAL", "EVACUATION", "OTHER");
        assertThat(((GraphQLEnumType) schema.getType("DatePrecision")).getValues())
                .extracting(GraphQLEnumValueDefinition::getName).containsExactly("DAY", "WEEK", "MONTH", "UNKNOWN");
        assertThat(schema.getImplementations((GraphQLInterfaceType) schema.getType("Node")))
                .extracting(GraphQLNamedType::getName)
                .containsExactlyInAnyOrder("Source", "Place", "Person", "Organization", "Quote", "Event");
    }

    @Test
    void everyTypeFieldArgumentEnumValueAndInputFieldHasADescription() {
        List<String> undescribed = new ArrayList<>();
        for (GraphQLNamedType type : graphQlSource.schema().getAllTypesAsList()) {
            if (type.getName().startsWith("__") || BUILT_IN_SCALARS.contains(type.getName())) {
                continue;
            }
            check(type.getName(), type.getDescription(), undescribed);
            if (type instanceof GraphQLFieldsContainer fields) {
                for (GraphQLFieldDefinition field : fields.getFieldDefinitions()) {
                    String coordinates = type.getName() + "." + field.getName();
                    check(coordinates, field.getDescription(), undescribed);
                    for (GraphQLArgument argument : field.getArguments()) {
                        check(coordinates + "(" + argument.getName() + ":)", argument.getDescription(), undescribed);
                    }
                }
            }
            if (type instanceof GraphQLEnumType enumType) {
                for (GraphQLEnumValueDefinition value : enumType.getValues()) {
                    check(type.getName() + "." + value.getName(), value.getDescription(), undescribed);
                }
            }
            if (type instanceof GraphQLInputObjectType input) {
                for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                    check(type.getName() + "." + field.getName(), field.getDescription(), undescribed);
                }
            }
        }
        assertThat(undescribed).as("schema elements without a description").isEmpty();
    }

    @Test
    void theSchemaMappingInspectionFindsNothingUnmapped() {
        SchemaReport report = schemaMappingCheck.report();

        assertThat(report.unmappedFields()).isEmpty();
        assertThat(report.unmappedRegistrations()).isEmpty();
        assertThat(report.unmappedArguments()).isEmpty();
        assertThat(report.fieldNullnessErrors()).isEmpty();
        assertThat(report.argumentNullnessErrors()).isEmpty();
        assertThat(report.skippedTypes()).isEmpty();
    }

    private static void check(String element, String description, List<String> undescribed) {
        if (description == null || description.isBlank()) {
            undescribed.add(element);
        }
    }
}

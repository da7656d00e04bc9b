package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;
import static org.fiscaldisclosure.procurement.Parts.procurement;
import static org.fiscaldisclosure.procurement.Parts.purchased;
import static org.fiscaldisclosure.procurement.Parts.put;
import static org.fiscaldisclosure.procurement.Parts.unit;
import static org.fiscaldisclosure.procurement.Parts.url;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.util.List;
import org.fiscaldisclosure.infra.EmbeddedInfraTestResource;
import org.junit.jupiter.api.Test;

/** 第三部分 §三 and §五, generated from the stored figures. */
@QuarkusTest
@WithTestResource(value = EmbeddedInfraTestResource.class, initArgs = @ResourceArg(name = "database", value = "procurement"))
class ProcurementNarrativeTest {

    /** The seed's 第三部分 三、政府采购支出情况 and 五、政府购买服务支出说明, word for word. */
    static final String SEED_PROCUREMENT = "2024年度政府采购支出总额19.53万元，其中：政府采购货物支出0万元，政府采购工程支出0万元，"
            + "政府采购服务支出19.53万元。授予中小企业合同金额19.53万元，占政府采购支出总额的100%，其中：授予小微企业合同金额"
            + "19.53万元，占政府采购支出总额的100%。";
    static final String SEED_PURCHASED_SERVICES = "2024年度政府购买服务决算21.67万元。";

    static ObjectNode emptyPart(String wording) throws Exception {
        ObjectNode part = Parts.sample();
        for (String f : List.of("services", "statedTotal", "smeAwards", "smallMicroAwards")) {
            procurement(part).put(f, BigDecimal.ZERO);
        }
        procurement(part).remove("statedSmeShare");
        procurement(part).remove("statedSmallMicroShare");
        purchased(part).put("total", BigDecimal.ZERO);
        purchased(part).remove("items");
        if (wording == null) {
            part.remove("profile");
        } else {
            part.with("profile").put("emptyTableWording", wording);
        }
        return part;
    }

    static String text(String unit) {
        return given().accept("text/plain").get(url(unit) + "/narrative").then().statusCode(200)
                .contentType("text/plain").extract().asString();
    }

    @Test
    void theSamplesNarrativeIsTheSeedsSectionsThreeAndFive() throws Exception {
        String unit = unit();
        put(unit, Parts.sampleText()).statusCode(201);
        assertEquals("三、政府采购支出情况\n" + SEED_PROCUREMENT + "\n五、政府购买服务支出说明\n" + SEED_PURCHASED_SERVICES + "\n",
                text(unit));
    }

    @Test
    void theNarrativeAsJsonTracesEveryFigureToItsTable() throws Exception {
        String unit = unit();
        put(unit, Parts.sampleText()).statusCode(201);
        JsonPath n = given().get(url(unit) + "/narrative").then().statusCode(200).contentType("application/json")
                .body("unitCode", equalTo(unit)).body("fiscalYear", equalTo(2024)).body("revision", equalTo(1))
                .extract().jsonPath();
        assertEquals(List.of("三", "五"), n.getList("sections.number"));
        assertEquals(List.of("政府采购支出情况", "政府购买服务支出说明"), n.getList("sections.title"));
        assertEquals(SEED_PROCUREMENT, n.getString("sections[0].paragraphs[0].text"));
        assertEquals(8, n.getList("sections[0].paragraphs[0].figures").size());
        assertEquals("政府采购支出总额", n.getString("sections[0].paragraphs[0].figures[0].name"));
        assertEquals(19.53f, n.getFloat("sections[0].paragraphs[0].figures[0].value"));
        assertEquals(195300.00f, n.getFloat("sections[0].paragraphs[0].figures[0].yuan"));
        assertEquals("%", n.getString("sections[0].paragraphs[0].figures[5].unit"));
        assertEquals(100.00f, n.getFloat("sections[0].paragraphs[0].figures[5].value"));
        assertEquals("T12", n.getString("sections[1].paragraphs[0].figures[0].table"));
        assertEquals(21.67f, n.getFloat("sections[1].paragraphs[0].figures[0].value"));
        assertEquals(216650.00f, n.getFloat("sections[1].paragraphs[0].figures[0].yuan"));
    }

    @Test
    void sharesAreComputedFromTheExactAmountsAndRoundedHalfUp() throws Exception {
        ObjectNode part = Parts.clean();
        String unit = unit();
        put(unit, part).statusCode(201);
        assertEquals("2024年度政府采购支出总额31.53万元，其中：政府采购货物支出12万元，政府采购工程支出0万元，政府采购服务支出"
                + "19.53万元。授予中小企业合同金额31.53万元，占政府采购支出总额的100%，其中：授予小微企业合同金额19.53万元，"
                + "占政府采购支出总额的61.94%。", text(unit).split("\n")[1]);
    }

    @Test
    void emptyTablesGetTheZeroSentenceByDefaultAndWhenTheProfileAsksForIt() throws Exception {
        for (String wording : java.util.Arrays.asList(null, "ZERO_SENTENCE")) {
            String unit = unit();
            put(unit, emptyPart(wording)).statusCode(201);
            assertEquals("三、政府采购支出情况\n2024年度政府采购支出总额0万元。\n五、政府购买服务支出说明\n2024年度政府购买服务决算0万元。\n",
                    text(unit));
        }
    }

    @Test
    void emptyTablesAreNotApplicableWhenTheProfileSaysSo() throws Exception {
        String unit = unit();
        put(unit, emptyPart("NOT_APPLICABLE")).statusCode(201);
        assertEquals("三、政府采购支出情况\n本单位不涉及。\n五、政府购买服务支出说明\n本单位不涉及。\n", text(unit));
        given().get(url(unit) + "/narrative").then().statusCode(200)
                .body("sections[0].paragraphs[0].figures.size()", equalTo(0));
    }

    @Test
    void onlyTheEmptyTableIsNotApplicable() throws Exception {
        ObjectNode part = emptyPart("NOT_APPLICABLE");
        purchased(part).put("total", new BigDecimal("216650.00"));
        String unit = unit();
        put(unit, part).statusCode(201);
        assertEquals("三、政府采购支出情况\n本单位不涉及。\n五、政府购买服务支出说明\n" + SEED_PURCHASED_SERVICES + "\n", text(unit));
    }

    @Test
    void theNarrativeFollowsTheLatestRevision() throws Exception {
        String unit = unit();
        put(unit, Parts.sampleText()).statusCode(201);
        ObjectNode changed = Parts.sample();
        purchased(changed).put("total", new BigDecimal("216700.00"));
        put(unit, changed).statusCode(200);
        assertEquals("2024年度政府购买服务决算21.67万元。", text(unit).split("\n")[3]);
        given().get(url(unit) + "/narrative").then().body("revision", equalTo(2));
        given().get(url(unit()) + "/narrative").then().statusCode(404).contentType("application/problem+json");
    }
}

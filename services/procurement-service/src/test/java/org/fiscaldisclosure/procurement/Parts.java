package org.fiscaldisclosure.procurement;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Test parts: the seed's sample, and a part with contracts and items that breaks no rule. */
final class Parts {

    static final ObjectMapper JSON = new ObjectMapper();

    private Parts() {
    }

    static String unit() {
        return "110102-P" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static String url(String unit) {
        return "/api/v1/procurement/" + unit + "/2024";
    }

    static String sampleText() throws Exception {
        return Files.readString(Path.of("../../sample/110102-SWD/2024/procurement.json"));
    }

    static ObjectNode sample() throws Exception {
        return (ObjectNode) JSON.readTree(sampleText());
    }

    /**
     * 货物 120,000.00 (a medium firm) and 服务 195,312.50 (a small firm) under contract, every figure stated and
     * agreeing with them; one purchased service of 150,000.00 with its provider and project code.
     */
    static ObjectNode clean() throws Exception {
        return (ObjectNode) JSON.readTree("""
                {
                  "procurement": {
                    "goods": 120000.00, "works": 0, "services": 195312.50, "statedTotal": 315312.50,
                    "smeAwards": 315312.50, "smallMicroAwards": 195312.50,
                    "statedSmeShare": 100, "statedSmallMicroShare": 61.94,
                    "contracts": [
                      {"name": "办公设备采购", "category": "GOODS", "method": "REQUEST_FOR_QUOTATION",
                       "supplier": "北京某科技有限公司", "supplierSize": "MEDIUM", "amount": 120000.00, "signedOn": "2024-04-10"},
                      {"name": "街道考评咨询服务", "category": "SERVICES", "method": "COMPETITIVE_CONSULTATION",
                       "supplier": "北京某咨询有限公司", "supplierSize": "SMALL", "amount": 195312.50, "signedOn": "2024-06-01"}
                    ]
                  },
                  "purchasedServices": {
                    "total": 150000.00,
                    "items": [
                      {"project": "社区服务评估", "projectCode": "11010224T000001", "catalogueCategory": "技术性服务/评估",
                       "provider": "北京某社会工作事务所", "fundingSource": "GENERAL_PUBLIC_BUDGET", "amount": 150000.00}
                    ]
                  }
                }
                """);
    }

    static ObjectNode procurement(ObjectNode part) {
        return (ObjectNode) part.get("procurement");
    }

    static ObjectNode purchased(ObjectNode part) {
        return (ObjectNode) part.get("purchasedServices");
    }

    static ArrayNode contracts(ObjectNode part) {
        return (ArrayNode) procurement(part).get("contracts");
    }

    static ArrayNode items(ObjectNode part) {
        return (ArrayNode) purchased(part).get("items");
    }

    static ValidatableResponse put(String unit, Object body) {
        return given().contentType(ContentType.JSON).body(body.toString()).put(url(unit)).then();
    }

    /** PUTs the part for a new unit and answers its findings. */
    static List<Map<String, Object>> findings(ObjectNode part) {
        return put(unit(), part).statusCode(201).extract().jsonPath().getList("validation.findings");
    }

    static List<String> ruleIds(ObjectNode part) {
        return findings(part).stream().map(f -> (String) f.get("ruleId")).toList();
    }

    /** The findings of one rule. */
    static List<Map<String, Object>> findings(ObjectNode part, String ruleId) {
        return findings(part).stream().filter(f -> ruleId.equals(f.get("ruleId"))).toList();
    }
}

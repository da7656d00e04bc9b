package org.fiscaldisclosure.statements.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fiscaldisclosure.contracts.event.PartRevision;
import org.fiscaldisclosure.contracts.part.statements.FinalAccounts;
import org.fiscaldisclosure.contracts.part.statements.StatementTable;
import org.fiscaldisclosure.platform.http.HttpLimits;
import org.fiscaldisclosure.platform.problem.FieldError;
import org.fiscaldisclosure.platform.problem.Problem;
import org.fiscaldisclosure.platform.problem.ProblemException;
import org.fiscaldisclosure.platform.rest.PathParams;
import org.fiscaldisclosure.platform.xlsx.WorkbookReader;
import org.fiscaldisclosure.platform.xlsx.Xlsx;
import org.fiscaldisclosure.statements.classification.ClassificationEntry;
import org.fiscaldisclosure.statements.mapping.StatementsWorkbook;
import org.fiscaldisclosure.statements.repository.FinalAccountsStore;
import org.fiscaldisclosure.statements.tableset.TableSet;

/** Tables 1-10 in and out of workbooks; an import is a new revision of the part with its tables replaced. */
@ApplicationScoped
public class TableWorkbooks {

    @Inject
    FinalAccountsStore store;

    @Inject
    FinalAccountsDefinition definition;

    @Inject
    HttpLimits limits;

    /** Runs in the caller's transaction; answers the stored revision. */
    public PartRevision<FinalAccounts> importTables(String unitCode, String year, String ifMatch, byte[] body) {
        PathParams path = PathParams.parse(unitCode, year);
        WorkbookReader workbook = WorkbookReader.read(body, limits.maxBodyBytes());
        PartRevision<FinalAccounts> latest = store.latest(path.unitCode(), path.year()).orElseThrow(() -> new ProblemException(
                Problem.of(409, "part-required", "请先提交部门决算", "工作簿只含表1-表10；请先以 JSON 提交 " + unitCode + "/" + year
                        + " 的单位基本情况等内容", List.of(new FieldError("", "尚无可替换报表的版本")))));
        TableSet set = set(latest.part());
        Map<String, StatementTable> tables = StatementsWorkbook.read(workbook, set);
        workbook.problems().throwIfAny();
        FinalAccounts p = latest.part();
        FinalAccounts replaced = new FinalAccounts(p.unit(), p.tableSet(), tables, p.initialBudget(), p.priorYear(), p.other(),
                p.figureBasis());
        return store.put(path.unitCode(), path.year(), replaced, ifMatch);
    }

    public Response exportTables(String unitCode, String year) {
        PathParams path = PathParams.parse(unitCode, year);
        PartRevision<FinalAccounts> latest = store.latest(path.unitCode(), path.year())
                .orElseThrow(() -> ProblemException.notFound("final-accounts " + unitCode + "/" + year + " 尚未提交"));
        Map<String, String> names = new LinkedHashMap<>();
        for (String scheme : List.of("func", "econ_dept")) {
            for (ClassificationEntry c : definition.catalogue(path.year().value()).list(scheme)) {
                names.putIfAbsent(c.code(), c.name());
            }
        }
        byte[] xlsx = StatementsWorkbook.write(latest.part(), set(latest.part()), names);
        return Response.ok(xlsx, Xlsx.MEDIA_TYPE).tag(new EntityTag(String.valueOf(latest.revision())))
                .header("Content-Disposition", Xlsx.attachment(unitCode + "-" + year + "-tables.xlsx")).build();
    }

    private TableSet set(FinalAccounts part) {
        return definition.tableSets().get(part.tableSet()).orElseThrow();
    }
}

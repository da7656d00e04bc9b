package org.fiscaldisclosure.disclosure.rendering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Not ready without the PDF's CJK font: publishing would fail, since every version is rendered to PDF. */
@Readiness
@ApplicationScoped
public class PdfFontHealthCheck implements HealthCheck {

    private final PdfFont font;

    @Inject
    public PdfFontHealthCheck(PdfFont font) {
        this.font = font;
    }

    @Override
    public HealthCheckResponse call() {
        return font.problem()
                .map(p -> HealthCheckResponse.named("pdf-font").down().withData("font", font.path().toString()).withData("problem", p).build())
                .orElseGet(() -> HealthCheckResponse.named("pdf-font").up().withData("font", font.path().toString()).build());
    }
}

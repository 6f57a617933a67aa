package org.qunfang.web.faces;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.annotation.FacesConfig;

/** Turns on Faces 4 CDI integration (EL resolution of {@code #{request}} and friends). */
@FacesConfig
@ApplicationScoped
public class FacesActivation {}

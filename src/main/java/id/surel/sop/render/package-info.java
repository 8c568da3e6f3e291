/**
 * Drawings of a definition: the swimlane chart of the SOP table and the BPMN export. A named interface, so that the
 * document feature can print the same chart in the SOP PDF.
 */
@NamedInterface("render")
package id.surel.sop.render;

import org.springframework.modulith.NamedInterface;

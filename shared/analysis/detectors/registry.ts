/**
 * Every detector, in the order reports list them. The CLI, the UI and the report iterate this list.
 */
import type { Detector } from './types.js';
import { poseRotation } from './pose-rotation/detect.js';
import { poseScale } from './pose-scale/detect.js';
import { poseTilt } from './pose-tilt/detect.js';
import { poseMirrored } from './pose-mirrored/detect.js';
import { framingOverlap } from './framing-overlap/detect.js';
import { lightExposure } from './light-exposure/detect.js';
import { lightColor } from './light-color/detect.js';
import { imageFocus } from './image-focus/detect.js';
import { imageResolution } from './image-resolution/detect.js';
import { imageCompression } from './image-compression/detect.js';
import { metaCamera } from './meta-camera/detect.js';
import { metaFlash } from './meta-flash/detect.js';
import { metaDates } from './meta-dates/detect.js';
import { metaEdited } from './meta-edited/detect.js';
import { metaMissing } from './meta-missing/detect.js';
import { pairDuplicate } from './pair-duplicate/detect.js';
import { pairMismatch } from './pair-mismatch/detect.js';
import { lightDirection } from './light-direction/detect.js';
import { hairLength } from './hair-length/detect.js';
import { hairWet } from './hair-wet/detect.js';
import { hairColor } from './hair-color/detect.js';
import { hairStyling } from './hair-styling/detect.js';
import { provenanceTables } from './provenance-tables/detect.js';
import { provenanceRecompressed } from './provenance-recompressed/detect.js';
import { provenanceErrorLevel } from './provenance-error-level/detect.js';
import { provenanceClone } from './provenance-clone/detect.js';
import { provenanceThumbnail } from './provenance-thumbnail/detect.js';

export const DETECTORS: readonly Detector[] = [
  pairMismatch,
  pairDuplicate,
  poseRotation,
  poseScale,
  poseTilt,
  poseMirrored,
  framingOverlap,
  lightExposure,
  lightColor,
  lightDirection,
  imageFocus,
  imageResolution,
  imageCompression,
  hairLength,
  hairWet,
  hairColor,
  hairStyling,
  metaDates,
  metaCamera,
  metaFlash,
  metaEdited,
  metaMissing,
  provenanceTables,
  provenanceRecompressed,
  provenanceErrorLevel,
  provenanceClone,
  provenanceThumbnail,
];

//! The committed validation schemas (`src/schema/validation/<kind>.json`) as `static`
//! values, so that a check reads no schema at all (issue 17). Generated from them: do not
//! edit; `UPDATE_SCHEMAS=1 cargo test --lib schema::compiled` rewrites this file, and that
//! test fails while it is not current.

use std::borrow::Cow;

use super::{Map, Num, Str, Value};

/// `src/schema/validation/exp-yml.json`.
pub(crate) static EXP_YML: Value = Value::Object(Map(Cow::Borrowed(&[
    (Str(Cow::Borrowed("$schema")), Value::String(Str(Cow::Borrowed("http://json-schema.org/draft-07/schema#")))),
    (Str(Cow::Borrowed("$id")), Value::String(Str(Cow::Borrowed("https://hpoconf.dev/schemas/exp-yml.schema.json")))),
    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("experimentName")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("experimentType")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ExperimentType")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("searchSpaceFile")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("searchSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SearchSpace")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("trialConcurrency")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
        ])))),
        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("integer"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
        ])))),
        (Str(Cow::Borrowed("maxExperimentDuration")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Duration")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("maxTrialNumber")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("integer"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
        ])))),
        (Str(Cow::Borrowed("maxTrialDuration")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Duration")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("useAnnotation")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("boolean"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("boolean"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("logLevel")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/LogLevel")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("experimentWorkingDirectory")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("tunerGpuIndices")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/GpuIndices")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("tuner")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Algorithm")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("assessor")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Algorithm")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("advisor")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Algorithm")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("trainingService")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("allOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/TrainingService")))),
                        ]))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/TrainingService")))),
                    ])))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("sharedStorage")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SharedStorage")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
    ])))),
    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
        Value::String(Str(Cow::Borrowed("trialConcurrency"))),
        Value::String(Str(Cow::Borrowed("trainingService"))),
    ]))),
    (Str(Cow::Borrowed("definitions")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("ExperimentType")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("hpo")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nas")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("SearchSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
        ])))),
        (Str(Cow::Borrowed("SharedStorage")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("NFS")))),
                        ])))),
                        (Str(Cow::Borrowed("localMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("remoteMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("localMounted")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("usermount")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nnimount")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nomount")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("nfsServer")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("exportedDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("storageType"))),
                        Value::String(Str(Cow::Borrowed("localMountPoint"))),
                        Value::String(Str(Cow::Borrowed("remoteMountPoint"))),
                        Value::String(Str(Cow::Borrowed("localMounted"))),
                        Value::String(Str(Cow::Borrowed("nfsServer"))),
                        Value::String(Str(Cow::Borrowed("exportedDirectory"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("AzureBlob")))),
                        ])))),
                        (Str(Cow::Borrowed("localMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("remoteMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("localMounted")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("usermount")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nnimount")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nomount")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("storageAccountName")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("storageAccountKey")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("containerName")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("storageType"))),
                        Value::String(Str(Cow::Borrowed("localMountPoint"))),
                        Value::String(Str(Cow::Borrowed("remoteMountPoint"))),
                        Value::String(Str(Cow::Borrowed("localMounted"))),
                        Value::String(Str(Cow::Borrowed("storageAccountName"))),
                        Value::String(Str(Cow::Borrowed("containerName"))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("FrameworkControllerTaskRole")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("dockerImage")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("taskNumber")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                ])))),
                (Str(Cow::Borrowed("command")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("gpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                ])))),
                (Str(Cow::Borrowed("cpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                ])))),
                (Str(Cow::Borrowed("memorySize")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("pattern")), Value::String(Str(Cow::Borrowed("^\\s*\\d+(\\.\\d+)?\\s*([tTgGmMkK]?[bB])\\s*$")))),
                            (Str(Cow::Borrowed("x-format-name")), Value::String(Str(Cow::Borrowed("a size: a number and a unit in tb, gb, mb, kb or b")))),
                            (Str(Cow::Borrowed("examples")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("4gb"))),
                                Value::String(Str(Cow::Borrowed("512mb"))),
                            ]))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("frameworkAttemptCompletionPolicy")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("minFailedTaskCount")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                        ])))),
                        (Str(Cow::Borrowed("minSucceedTaskCount")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("minFailedTaskCount"))),
                        Value::String(Str(Cow::Borrowed("minSucceedTaskCount"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("name"))),
                Value::String(Str(Cow::Borrowed("taskNumber"))),
                Value::String(Str(Cow::Borrowed("command"))),
                Value::String(Str(Cow::Borrowed("gpuNumber"))),
                Value::String(Str(Cow::Borrowed("cpuNumber"))),
                Value::String(Str(Cow::Borrowed("memorySize"))),
                Value::String(Str(Cow::Borrowed("frameworkAttemptCompletionPolicy"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("KubeflowRole")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("replicas")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                ])))),
                (Str(Cow::Borrowed("command")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("gpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("integer"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                ])))),
                (Str(Cow::Borrowed("cpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                ])))),
                (Str(Cow::Borrowed("memorySize")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("pattern")), Value::String(Str(Cow::Borrowed("^\\s*\\d+(\\.\\d+)?\\s*([tTgGmMkK]?[bB])\\s*$")))),
                            (Str(Cow::Borrowed("x-format-name")), Value::String(Str(Cow::Borrowed("a size: a number and a unit in tb, gb, mb, kb or b")))),
                            (Str(Cow::Borrowed("examples")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("4gb"))),
                                Value::String(Str(Cow::Borrowed("512mb"))),
                            ]))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("dockerImage")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("codeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("replicas"))),
                Value::String(Str(Cow::Borrowed("command"))),
                Value::String(Str(Cow::Borrowed("cpuNumber"))),
                Value::String(Str(Cow::Borrowed("memorySize"))),
                Value::String(Str(Cow::Borrowed("codeDirectory"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Duration")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("pattern")), Value::String(Str(Cow::Borrowed("^\\s*\\d+(\\.\\d+)?\\s*[dDhHmMsS]\\s*$")))),
                    (Str(Cow::Borrowed("x-format-name")), Value::String(Str(Cow::Borrowed("a duration: a number and a unit in d, h, m or s, or an integer of seconds")))),
                    (Str(Cow::Borrowed("examples")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("1.5h"))),
                        Value::String(Str(Cow::Borrowed("30m"))),
                        Value::String(Str(Cow::Borrowed("3600"))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("LogLevel")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("fatal")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("error")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("warning")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("info")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("debug")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("trace")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("GpuIndices")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                        (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                    ])))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    (Str(Cow::Borrowed("pattern")), Value::String(Str(Cow::Borrowed("^\\s*\\d+\\s*(,\\s*\\d+\\s*)*$")))),
                    (Str(Cow::Borrowed("x-format-name")), Value::String(Str(Cow::Borrowed("GPU indices separated by commas")))),
                    (Str(Cow::Borrowed("examples")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("0,1"))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Algorithm")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("className")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("codeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("classArgs")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("object"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(true)),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("TrainingService")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("local")))),
                        ])))),
                        (Str(Cow::Borrowed("useActiveGpu")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("maxTrialNumberPerGpu")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                        ])))),
                        (Str(Cow::Borrowed("gpuIndices")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/GpuIndices")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("reuseMode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("remote")))),
                        ])))),
                        (Str(Cow::Borrowed("machineList")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/RemoteMachine")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(1))),
                        ])))),
                        (Str(Cow::Borrowed("reuseMode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("machineList"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("openpai")))),
                        ])))),
                        (Str(Cow::Borrowed("host")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("username")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("token")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("trialCpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                        ])))),
                        (Str(Cow::Borrowed("trialMemorySize")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                    (Str(Cow::Borrowed("pattern")), Value::String(Str(Cow::Borrowed("^\\s*\\d+(\\.\\d+)?\\s*([tTgGmMkK]?[bB])\\s*$")))),
                                    (Str(Cow::Borrowed("x-format-name")), Value::String(Str(Cow::Borrowed("a size: a number and a unit in tb, gb, mb, kb or b")))),
                                    (Str(Cow::Borrowed("examples")), Value::Array(Cow::Borrowed(&[
                                        Value::String(Str(Cow::Borrowed("4gb"))),
                                        Value::String(Str(Cow::Borrowed("512mb"))),
                                    ]))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("storageConfigName")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("dockerImage")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("virtualCluster")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("localStorageMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("containerStorageMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("reuseMode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("openpaiConfig")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("object"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(true)),
                        ])))),
                        (Str(Cow::Borrowed("openpaiConfigFile")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("host"))),
                        Value::String(Str(Cow::Borrowed("username"))),
                        Value::String(Str(Cow::Borrowed("token"))),
                        Value::String(Str(Cow::Borrowed("trialCpuNumber"))),
                        Value::String(Str(Cow::Borrowed("trialMemorySize"))),
                        Value::String(Str(Cow::Borrowed("storageConfigName"))),
                        Value::String(Str(Cow::Borrowed("virtualCluster"))),
                        Value::String(Str(Cow::Borrowed("localStorageMountPoint"))),
                        Value::String(Str(Cow::Borrowed("containerStorageMountPoint"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("aml")))),
                        ])))),
                        (Str(Cow::Borrowed("subscriptionId")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("resourceGroup")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("workspaceName")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("computeTarget")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("dockerImage")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("maxTrialNumberPerGpu")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("subscriptionId"))),
                        Value::String(Str(Cow::Borrowed("resourceGroup"))),
                        Value::String(Str(Cow::Borrowed("workspaceName"))),
                        Value::String(Str(Cow::Borrowed("computeTarget"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("dlc")))),
                        ])))),
                        (Str(Cow::Borrowed("type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("image")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("jobType")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("podCount")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                        ])))),
                        (Str(Cow::Borrowed("ecsSpec")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("workspaceId")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("nasDataSourceId")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("ossDataSourceId")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("accessKeyId")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("accessKeySecret")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("localStorageMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("containerStorageMountPoint")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("image"))),
                        Value::String(Str(Cow::Borrowed("podCount"))),
                        Value::String(Str(Cow::Borrowed("ecsSpec"))),
                        Value::String(Str(Cow::Borrowed("region"))),
                        Value::String(Str(Cow::Borrowed("workspaceId"))),
                        Value::String(Str(Cow::Borrowed("nasDataSourceId"))),
                        Value::String(Str(Cow::Borrowed("accessKeyId"))),
                        Value::String(Str(Cow::Borrowed("accessKeySecret"))),
                        Value::String(Str(Cow::Borrowed("localStorageMountPoint"))),
                        Value::String(Str(Cow::Borrowed("containerStorageMountPoint"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("kubeflow")))),
                        ])))),
                        (Str(Cow::Borrowed("operator")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("enum")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("tf-operator"))),
                                Value::String(Str(Cow::Borrowed("pytorch-operator"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("apiVersion")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("storage")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("azureStorage")))),
                                        ])))),
                                        (Str(Cow::Borrowed("azureAccount")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("azureShare")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("keyVaultName")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("keyVaultKey")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                    ])))),
                                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                                        Value::String(Str(Cow::Borrowed("storageType"))),
                                        Value::String(Str(Cow::Borrowed("azureAccount"))),
                                        Value::String(Str(Cow::Borrowed("azureShare"))),
                                        Value::String(Str(Cow::Borrowed("keyVaultName"))),
                                        Value::String(Str(Cow::Borrowed("keyVaultKey"))),
                                    ]))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nfs")))),
                                        ])))),
                                        (Str(Cow::Borrowed("server")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("path")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                    ])))),
                                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                                        Value::String(Str(Cow::Borrowed("storageType"))),
                                        Value::String(Str(Cow::Borrowed("server"))),
                                        Value::String(Str(Cow::Borrowed("path"))),
                                    ]))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("worker")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/KubeflowRole")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("ps")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/KubeflowRole")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("master")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/KubeflowRole")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("reuseMode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("namespace")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("operator"))),
                        Value::String(Str(Cow::Borrowed("apiVersion"))),
                        Value::String(Str(Cow::Borrowed("storage"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("platform")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("frameworkcontroller")))),
                        ])))),
                        (Str(Cow::Borrowed("storage")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("azureStorage")))),
                                        ])))),
                                        (Str(Cow::Borrowed("azureAccount")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("azureShare")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("keyVaultName")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("keyVaultKey")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                    ])))),
                                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                                        Value::String(Str(Cow::Borrowed("storageType"))),
                                        Value::String(Str(Cow::Borrowed("azureAccount"))),
                                        Value::String(Str(Cow::Borrowed("azureShare"))),
                                        Value::String(Str(Cow::Borrowed("keyVaultName"))),
                                        Value::String(Str(Cow::Borrowed("keyVaultKey"))),
                                    ]))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                                        (Str(Cow::Borrowed("storageType")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("nfs")))),
                                        ])))),
                                        (Str(Cow::Borrowed("server")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                        (Str(Cow::Borrowed("path")), Value::Object(Map(Cow::Borrowed(&[
                                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                                        ])))),
                                    ])))),
                                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                                        Value::String(Str(Cow::Borrowed("storageType"))),
                                        Value::String(Str(Cow::Borrowed("server"))),
                                        Value::String(Str(Cow::Borrowed("path"))),
                                    ]))),
                                ]))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("serviceAccountName")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("taskRoles")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/FrameworkControllerTaskRole")))),
                            ])))),
                        ])))),
                        (Str(Cow::Borrowed("reuseMode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("namespace")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCommand")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialCodeDirectory")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("trialGpuNumber")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("integer"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(0))),
                        ])))),
                        (Str(Cow::Borrowed("nniManagerIp")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("boolean"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("platform"))),
                        Value::String(Str(Cow::Borrowed("storage"))),
                        Value::String(Str(Cow::Borrowed("serviceAccountName"))),
                        Value::String(Str(Cow::Borrowed("taskRoles"))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("RemoteMachine")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("host")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("port")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("integer"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                    (Str(Cow::Borrowed("maximum")), Value::Number(Num::PosInt(65535))),
                ])))),
                (Str(Cow::Borrowed("user")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("password")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("sshKeyFile")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("sshPassphrase")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("useActiveGpu")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("boolean"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("maxTrialNumberPerGpu")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("integer"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                    (Str(Cow::Borrowed("minimum")), Value::Number(Num::PosInt(1))),
                ])))),
                (Str(Cow::Borrowed("gpuIndices")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/GpuIndices")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("pythonPath")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("host"))),
                Value::String(Str(Cow::Borrowed("user"))),
            ]))),
        ])))),
    ])))),
])));

/// `src/schema/validation/search-space.json`.
pub(crate) static SEARCH_SPACE: Value = Value::Object(Map(Cow::Borrowed(&[
    (Str(Cow::Borrowed("$schema")), Value::String(Str(Cow::Borrowed("http://json-schema.org/draft-07/schema#")))),
    (Str(Cow::Borrowed("$id")), Value::String(Str(Cow::Borrowed("https://hpoconf.dev/schemas/search-space.schema.json")))),
    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("$schema")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
    ])))),
    (Str(Cow::Borrowed("additionalProperties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Domain")))),
    ])))),
    (Str(Cow::Borrowed("definitions")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("Domain")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("oneOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("choice")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ChoiceOption")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(1))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("randint")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                                (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(2))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(2))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("uniform")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(2))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(2))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("quniform")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(3))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(3))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("loguniform")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(2))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(2))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("qloguniform")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(3))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(3))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("normal")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(2))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(2))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("qnormal")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(3))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(3))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("lognormal")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(2))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(2))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            (Str(Cow::Borrowed("const")), Value::String(Str(Cow::Borrowed("qlognormal")))),
                        ])))),
                        (Str(Cow::Borrowed("_value")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                            ])))),
                            (Str(Cow::Borrowed("minItems")), Value::Number(Num::PosInt(3))),
                            (Str(Cow::Borrowed("maxItems")), Value::Number(Num::PosInt(3))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("_type"))),
                        Value::String(Str(Cow::Borrowed("_value"))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ChoiceOption")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("boolean")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("allOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NestedSpace")))),
                        ]))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("NestedSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("_name"))),
            ]))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Domain")))),
            ])))),
        ])))),
    ])))),
])));

/// `src/schema/validation/trial-ini.json`.
pub(crate) static TRIAL_INI: Value = Value::Object(Map(Cow::Borrowed(&[
    (Str(Cow::Borrowed("$schema")), Value::String(Str(Cow::Borrowed("http://json-schema.org/draft-07/schema#")))),
    (Str(Cow::Borrowed("$id")), Value::String(Str(Cow::Borrowed("https://hpoconf.dev/schemas/trial-ini.schema.json")))),
    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("platform_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("resume")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("name"))),
            ]))),
            (Str(Cow::Borrowed("patternProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("^cmd")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("metric_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("metric_type")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("metric_source")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("final_mode")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("source_list_final_mode")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("metric_dict")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("optimize_mode")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("metric_type"))),
            ]))),
            (Str(Cow::Borrowed("patternProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("^metric_source(_.+)?$")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("output_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniOutputConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("schedule_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniScheduleConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("params_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniParamsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("odps_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniOdpsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("dlc_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniDlcConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("oss_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniOssConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ts_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniTsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("paiflow_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniPaiflowConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("monitor_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniMonitorConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("k8s_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IniK8sConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
    ])))),
    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
        Value::String(Str(Cow::Borrowed("platform_config"))),
        Value::String(Str(Cow::Borrowed("metric_config"))),
    ]))),
    (Str(Cow::Borrowed("definitions")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("IniOutputConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("model_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("summary_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniScheduleConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("day")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("start_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniParamsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("patternProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("^params_src_dst_filepath.*$")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("IniOdpsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("project_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_point")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("log_view_host")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniDlcConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("protocol")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniOssConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accesskeyid")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accesskeysecret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniTsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniPaiflowConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("workspace_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniMonitorConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("url")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("keyword")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_mobiles")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_user_ids")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("is_at_all")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("IniK8sConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("nni_container_requested_memory")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_requested_cpu")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_memory_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_cpu_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
        ])))),
    ])))),
])));

/// `src/schema/validation/hpo-config.json`.
pub(crate) static HPO_CONFIG: Value = Value::Object(Map(Cow::Borrowed(&[
    (Str(Cow::Borrowed("$schema")), Value::String(Str(Cow::Borrowed("http://json-schema.org/draft-07/schema#")))),
    (Str(Cow::Borrowed("$id")), Value::String(Str(Cow::Borrowed("https://hpoconf.dev/schemas/hpo-config.schema.json")))),
    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("platform_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("cmd")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    ])))),
                ])))),
                (Str(Cow::Borrowed("resume")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("name"))),
                Value::String(Str(Cow::Borrowed("cmd"))),
            ]))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("metric_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("metric_type")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
                (Str(Cow::Borrowed("metric_source")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("array"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    ])))),
                ])))),
                (Str(Cow::Borrowed("final_mode")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("source_list_final_mode")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("metric_dict")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("object"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                    ])))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("metric_type"))),
            ]))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("output_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OutputConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("schedule_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ScheduleConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("params_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ParamsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("odps_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OdpsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("dlc_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/DlcConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("oss_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OssConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ts_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/TsConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("paiflow_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/PaiflowConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("monitor_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/MonitorConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("k8s_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/K8sConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("search_space")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SearchSpace")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("yml_config")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlConfig")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("$schema")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
        ])))),
    ])))),
    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
        Value::String(Str(Cow::Borrowed("platform_config"))),
        Value::String(Str(Cow::Borrowed("metric_config"))),
    ]))),
    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
    (Str(Cow::Borrowed("definitions")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("IntOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("NumberOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("OutputConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("model_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("summary_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("ScheduleConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("day")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("start_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("ParamsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("patternProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("^params_src_dst_filepath.*$")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("OdpsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("project_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_point")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("log_view_host")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("DlcConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("protocol")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("OssConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accessKeyID")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accessKeySecret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("TsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("PaiflowConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("workspace_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("MonitorConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("url")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("keyword")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_mobiles")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/StringOrList")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_user_ids")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/StringOrList")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("is_at_all")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/BoolOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("StringOrList")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    ])))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("BoolOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("boolean")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("K8sConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("nni_container_requested_memory")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_requested_cpu")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_memory_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_cpu_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("SearchSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
        ])))),
        (Str(Cow::Borrowed("YmlAlgorithm")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("class_args")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("object"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(true)),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("YmlConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("experiment_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("trial_concurrency")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("max_trial_number")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("tuner")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlAlgorithm")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("assessor")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlAlgorithm")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/BoolOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("log_level")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
    ])))),
])));

/// `src/schema/validation/get-hpo-experiment.json`.
pub(crate) static GET_HPO_EXPERIMENT: Value = Value::Object(Map(Cow::Borrowed(&[
    (Str(Cow::Borrowed("$schema")), Value::String(Str(Cow::Borrowed("http://json-schema.org/draft-07/schema#")))),
    (Str(Cow::Borrowed("$id")), Value::String(Str(Cow::Borrowed("https://hpoconf.dev/schemas/get-hpo-experiment.schema.json")))),
    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("RequestId")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Code")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Message")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("AccessDeniedDetail")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/AccessDeniedDetail")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ExperimentId")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Creator")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("SearchSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SearchSpaceField")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Name")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Status")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("JobType")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ConfigIni")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("ConfigYml")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("GmtCreateTime")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("GmtModifiedTime")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("WorkspaceId")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Accessibility")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Description")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("string"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("TrialCount")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("TrialStatus")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("object"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("HpoExperimentConfiguration")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/HpoExperimentConfiguration")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Deleted")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Scalar")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("Tags")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("array"))),
                Value::String(Str(Cow::Borrowed("null"))),
            ]))),
            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/Tag")))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("$schema")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
        ])))),
    ])))),
    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
    (Str(Cow::Borrowed("definitions")), Value::Object(Map(Cow::Borrowed(&[
        (Str(Cow::Borrowed("AccessDeniedDetail")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("AuthPrincipalType")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("PolicyType")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("NoPermissionType")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("NumberOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("SearchSpaceField")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("allOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SearchSpace")))),
                        ]))),
                    ]))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("SearchSpace")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
        ])))),
        (Str(Cow::Borrowed("Tag")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("Key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("Value")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("Scalar")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("boolean")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("number")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("YmlAlgorithm")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("class_args")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("object"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(true)),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("HpoExperimentConfiguration")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("platform_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("name")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("cmd")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            ])))),
                        ])))),
                        (Str(Cow::Borrowed("resume")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                                ]))),
                                Value::Object(Map(Cow::Borrowed(&[
                                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                                ]))),
                            ]))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("name"))),
                        Value::String(Str(Cow::Borrowed("cmd"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                ])))),
                (Str(Cow::Borrowed("metric_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
                    (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("metric_type")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                        ])))),
                        (Str(Cow::Borrowed("metric_source")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("array"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                            ])))),
                        ])))),
                        (Str(Cow::Borrowed("final_mode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("source_list_final_mode")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("string"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                        ])))),
                        (Str(Cow::Borrowed("metric_dict")), Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                                Value::String(Str(Cow::Borrowed("object"))),
                                Value::String(Str(Cow::Borrowed("null"))),
                            ]))),
                            (Str(Cow::Borrowed("additionalProperties")), Value::Object(Map(Cow::Borrowed(&[
                                (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                            ])))),
                        ])))),
                    ])))),
                    (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("metric_type"))),
                    ]))),
                    (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
                ])))),
                (Str(Cow::Borrowed("output_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OutputConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("schedule_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ScheduleConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("params_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/ParamsConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("odps_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OdpsConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("dlc_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/DlcConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("oss_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/OssConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("ts_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/TsConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("paiflow_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/PaiflowConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("monitor_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/MonitorConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("k8s_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/K8sConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("search_space")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/SearchSpace")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("yml_config")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlConfig")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("required")), Value::Array(Cow::Borrowed(&[
                Value::String(Str(Cow::Borrowed("platform_config"))),
                Value::String(Str(Cow::Borrowed("metric_config"))),
            ]))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("IntOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("integer")))),
                    (Str(Cow::Borrowed("format")), Value::String(Str(Cow::Borrowed("int64")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("OutputConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("model_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("summary_path")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("ScheduleConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("day")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("start_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_time")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("ParamsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
            (Str(Cow::Borrowed("patternProperties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("^params_src_dst_filepath.*$")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ])))),
            ])))),
        ])))),
        (Str(Cow::Borrowed("OdpsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("project_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("end_point")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("log_view_host")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("DlcConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("protocol")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("OssConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accessKeyID")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("accessKeySecret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("role_arn")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("TsConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("endpoint")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("PaiflowConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("access_key_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("access_key_secret")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("region_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("workspace_id")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("MonitorConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("url")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("keyword")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_mobiles")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/StringOrList")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("at_user_ids")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/StringOrList")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("is_at_all")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/BoolOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("StringOrList")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("array")))),
                    (Str(Cow::Borrowed("items")), Value::Object(Map(Cow::Borrowed(&[
                        (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                    ])))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("BoolOrString")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("boolean")))),
                ]))),
                Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("string")))),
                ]))),
            ]))),
        ])))),
        (Str(Cow::Borrowed("K8sConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("nni_container_requested_memory")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_requested_cpu")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_memory_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("nni_container_cpu_limit")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/NumberOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
        (Str(Cow::Borrowed("YmlConfig")), Value::Object(Map(Cow::Borrowed(&[
            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("object")))),
            (Str(Cow::Borrowed("properties")), Value::Object(Map(Cow::Borrowed(&[
                (Str(Cow::Borrowed("experiment_name")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("trial_concurrency")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("max_trial_number")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/IntOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("tuner")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlAlgorithm")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("assessor")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/YmlAlgorithm")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("debug")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("anyOf")), Value::Array(Cow::Borrowed(&[
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("$ref")), Value::String(Str(Cow::Borrowed("#/definitions/BoolOrString")))),
                        ]))),
                        Value::Object(Map(Cow::Borrowed(&[
                            (Str(Cow::Borrowed("type")), Value::String(Str(Cow::Borrowed("null")))),
                        ]))),
                    ]))),
                ])))),
                (Str(Cow::Borrowed("log_level")), Value::Object(Map(Cow::Borrowed(&[
                    (Str(Cow::Borrowed("type")), Value::Array(Cow::Borrowed(&[
                        Value::String(Str(Cow::Borrowed("string"))),
                        Value::String(Str(Cow::Borrowed("null"))),
                    ]))),
                ])))),
            ])))),
            (Str(Cow::Borrowed("additionalProperties")), Value::Bool(false)),
        ])))),
    ])))),
])));
